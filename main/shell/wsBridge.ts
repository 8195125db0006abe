import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { bridgeErrorCodes } from '../../common/contract/envelope';
import { wsBridgePath, wsCallSchema, wsSubprotocol, type WsServerMessage } from '../../common/contract/wsProtocol';
import type { DevRenderer } from '../appAssets/devRenderer';
import type { Dispatch } from '../bridge/callDispatcher';
import type { EventHub } from '../bridge/eventHub';
import { createRepeatLimitedWarn } from '../bridge/repeatLimitedLog';
import type { Logger } from '../services/log/logger';
import type { BridgeSession } from './bridgeSession';

export interface WsBridgeOptions {
  /** This launch's credentials: the session cookie the page got for its launch code. */
  session: BridgeSession;
  /** The app's own page origin, e.g. `http://127.0.0.1:5180`; no other may connect. */
  allowedOrigin: string;
  /** Under `npm run dev` only: Vite's dev server serves the page, so its origin is allowed too. */
  devRenderer?: DevRenderer;
  dispatch: Dispatch;
  events: EventHub;
  log: Logger;
  /** Large enough for a document photo; anything bigger is closed with 1009. */
  maxPayloadBytes?: number;
}

/** `ws` tags protocol violations with a stable code (WS_ERR_…); anything else is named by its class. */
function errorCode(error: Error): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error.name;
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * The browser shell's transport: the same dispatcher as Electron IPC, behind a loopback WebSocket
 * that only the app's own page holding this launch's session cookie can open, one page at a time:
 * while it is connected nobody else is admitted, so events (card reads among them) reach it alone.
 */
export function attachWsBridge(server: Server, options: WsBridgeOptions): { close(): void } {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayloadBytes ?? 16 * 1024 * 1024,
    handleProtocols: (protocols) => (protocols.has(wsSubprotocol) ? wsSubprotocol : false),
  });

  const warn = createRepeatLimitedWarn(options.log);
  const pageOrigins = [options.allowedOrigin, ...(options.devRenderer ? [options.devRenderer.origin] : [])];
  const authorise = (req: IncomingMessage): string | undefined => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== wsBridgePath) return 'not found';
    if (!pageOrigins.includes(req.headers.origin ?? '')) return 'origin';
    const offered = String(req.headers['sec-websocket-protocol'] ?? '')
      .split(',')
      .map((p) => p.trim());
    if (!offered.includes(wsSubprotocol) || !options.session.admits(req.headers.cookie)) return 'session';
    // A page that is closing (reload, crash) no longer holds the place.
    if ([...wss.clients].some((client) => client.readyState === client.OPEN)) return 'busy';
    return undefined;
  };

  // A listener must exist on every socket and on the server: an 'error' event nobody listens to
  // is thrown, and one malformed frame would take main down with it.
  wss.on('error', (error) => options.log.error('bridge server error', { error }));

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', (error) => warn('bridge connection error before upgrade', { error: errorCode(error) }));
    const problem = authorise(req);
    if (problem) {
      warn('bridge connection refused', { reason: problem }, problem);
      if (problem === 'busy') refuse(socket, 409, 'Conflict');
      else refuse(socket, problem === 'not found' ? 404 : 403, problem === 'not found' ? 'Not Found' : 'Forbidden');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      options.log.info('bridge client connected');
      serve(ws);
    });
  };

  const serve = (ws: WebSocket) => {
    const send = (message: WsServerMessage) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    };
    const detach = options.events.attach((name, payload) => send({ t: 'event', name, payload }));
    ws.on('close', detach);
    ws.on('error', (error) => {
      // `ws` has already sent the close frame with the RFC 6455 code; a client that broke the
      // protocol gets no closing handshake, so its socket is dropped now rather than in 30 s.
      warn('bridge socket closed after a protocol error', { error: errorCode(error) }, errorCode(error));
      ws.terminate();
    });
    ws.on('message', (data, isBinary) => {
      let call;
      try {
        call = isBinary ? undefined : wsCallSchema.safeParse(JSON.parse(data.toString()));
      } catch {
        call = undefined;
      }
      if (!call?.success) {
        send({ t: 'reply', id: null, outcome: { ok: false, error: { code: bridgeErrorCodes.malformedMessage, message: 'Malformed bridge message' } } });
        return;
      }
      const { id, method, arg } = call.data;
      void options.dispatch(method, arg, { transport: 'websocket' }).then((outcome) => send({ t: 'reply', id, outcome }));
    });
  };

  server.on('upgrade', onUpgrade);
  return {
    close() {
      server.off('upgrade', onUpgrade);
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
