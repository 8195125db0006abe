import type { HeartbeatRequest } from '../../../common/identityApi/heartbeat';
import type { Logger } from '../log/logger';

export const DEFAULT_HEARTBEAT_INTERVAL_SECONDS = 300;

export interface HeartbeatOptions {
  collect: () => Promise<Omit<HeartbeatRequest, 'clockSkewMs'>>;
  /** The signed identity-API call; its answer carries the gateway's receive time. */
  send: (request: HeartbeatRequest) => Promise<{ receivedAt: string }>;
  intervalMs: number;
  log: Logger;
  now?: () => number;
  setInterval?: (fn: () => void, ms: number) => { unref?: () => void };
  clearInterval?: (handle: unknown) => void;
}

export interface Heartbeat {
  /** Sends a heartbeat with what is true now (after the one in flight, if any); true when the gateway acknowledged it. */
  beat(): Promise<boolean>;
  /** Kiosk clock minus gateway clock from the last acknowledged heartbeat, or null before one. */
  clockSkewMs(): number | null;
  stop(): void;
}

/**
 * Sends the heartbeat at start-up and then every interval, straight to the identity API: it is
 * never queued, because a late heartbeat says nothing true about now, and a missed one is exactly
 * what the fleet view turns into "kiosk down". Beats never overlap: a beat asked for while one is in
flight follows it, and further asks join that follower.
 */
export function startHeartbeat(options: HeartbeatOptions): Heartbeat {
  const now = options.now ?? Date.now;
  const log = options.log.child({ component: 'heartbeat' });
  let skewMs: number | null = null;
  let inFlight: Promise<boolean> | null = null;
  let following: Promise<boolean> | null = null;
  let failures = 0;

  function beat(): Promise<boolean> {
    if (!inFlight) {
      inFlight = send().finally(() => (inFlight = null));
      return inFlight;
    }
    following ??= inFlight.then(() => {
      following = null;
      return beat();
    });
    return following;
  }

  async function send(): Promise<boolean> {
    try {
      const request: HeartbeatRequest = { ...(await options.collect()), clockSkewMs: skewMs };
      const sentAt = now();
      const ack = await options.send(request);
      const returnedAt = now();
      // The gateway stamped its receive time somewhere in the round trip: compare with its middle.
      skewMs = Math.round((sentAt + returnedAt) / 2 - Date.parse(ack.receivedAt));
      if (failures > 0) log.info('heartbeat acknowledged again', { missed: failures });
      failures = 0;
      return true;
    } catch (error) {
      failures += 1;
      // One line per outage, not one per beat: the first miss is a warning, later ones debug.
      const fields = { missed: failures, code: (error as { code?: string }).code ?? (error instanceof Error ? error.name : 'unknown') };
      if (failures === 1) log.warn('heartbeat not delivered', fields);
      else log.debug('heartbeat not delivered', fields);
      return false;
    }
  }

  const every = options.setInterval ?? ((fn: () => void, ms: number) => setInterval(fn, ms));
  const clear = options.clearInterval ?? ((handle: unknown) => clearInterval(handle as NodeJS.Timeout));
  const timer = every(() => void beat(), options.intervalMs);
  timer.unref?.();
  void beat();
  return { beat, clockSkewMs: () => skewMs, stop: () => clear(timer) };
}
