import type { LogFields, Logger } from '../services/log/logger';

export interface RepeatLimit {
  /** Lines of one message written per window; the rest are counted, not written. */
  linesPerWindow: number;
  windowMs: number;
  now?: () => number;
}

export const defaultRepeatLimit: RepeatLimit = { linesPerWindow: 5, windowMs: 60_000 };

/**
 * A warning channel for what a page (or a local attacker) can trigger at will: invalid calls,
 * refused connections, malformed frames. Each message is written a few times per window and
 * then only counted, so a flood cannot rotate older lines (wrong PINs among them) out of the
 * size-capped log files; the next line written says how many were left out.
 */
export function createRepeatLimitedWarn(log: Logger, limit: RepeatLimit = defaultRepeatLimit): (msg: string, fields?: LogFields, kind?: string) => void {
  const now = limit.now ?? Date.now;
  const windows = new Map<string, { start: number; written: number; suppressed: number }>();
  // `kind` splits one message into separately counted repeats (e.g. by error code).
  return (msg, fields, kind = '') => {
    const at = now();
    const key = `${msg}\u0000${kind}`;
    let window = windows.get(key);
    if (!window || at - window.start >= limit.windowMs) {
      const suppressed = window?.suppressed ?? 0;
      window = { start: at, written: 0, suppressed: 0 };
      windows.set(key, window);
      if (suppressed > 0) fields = { ...fields, suppressedRepeats: suppressed };
    }
    if (window.written >= limit.linesPerWindow) {
      window.suppressed += 1;
      return;
    }
    window.written += 1;
    log.warn(msg, fields);
  };
}
