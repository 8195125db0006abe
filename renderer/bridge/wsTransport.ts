import type { RawTransport } from '../../common/contract/client';
import { bridgeErrorCodes, type CallOutcome } from '../../common/contract/envelope';
import type { KioskEventName } from '../../common/contract/events';
import { wsBridgePath, wsServerMessageSchema, wsSubprotocol } from '../../common/contract/wsProtocol';

interface Pending {
  resolve: (outcome: CallOutcome) => void;
}

/**
 * The browser shell's transport: one WebSocket to main on the page's own origin, reconnected with
 * backoff; calls in flight when it drops fail with `bridge.disconnected` rather than hanging. The
 * browser sends the session cookie with the upgrade itself.
 */
export function createWsTransport(origin: string): RawTransport {
  const url = `${origin.replace(/^http/, 'ws')}${wsBridgePath}`;
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const queue: string[] = [];
  let nextId = 1;
  let retryMs = 250;
  let socket: WebSocket;

  const failAll = () => {
    for (const [id, p] of pending) {
      p.resolve({ ok: false, error: { code: bridgeErrorCodes.disconnected, message: 'Connection to the kiosk service was lost' } });
      pending.delete(id);
    }
  };

  const connect = () => {
    socket = new WebSocket(url, [wsSubprotocol]);
    socket.addEventListener('open', () => {
      retryMs = 250;
      for (const message of queue.splice(0)) socket.send(message);
    });
    socket.addEventListener('message', (event) => {
      let parsed;
      try {
        parsed = wsServerMessageSchema.safeParse(JSON.parse(String(event.data)));
      } catch {
        return;
      }
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.t === 'event') {
        listeners.get(message.name)?.forEach((listener) => listener(message.payload));
      } else if (message.id !== null) {
        pending.get(message.id)?.resolve(message.outcome);
        pending.delete(message.id);
      }
    });
    socket.addEventListener('close', () => {
      failAll();
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 5000);
    });
  };
  connect();

  return {
    call(path, arg) {
      const id = nextId++;
      const message = JSON.stringify({ t: 'call', id, method: path, arg });
      return new Promise<CallOutcome>((resolve) => {
        pending.set(id, { resolve });
        if (socket.readyState === WebSocket.OPEN) socket.send(message);
        else queue.push(message);
      });
    },
    subscribe(name: KioskEventName, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}
