import type { WebContents } from 'electron';
import type { Logger } from '../services/log/logger';
import { RestartBackoff } from '../restartBackoff';

export interface WatchdogTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Reloads the kiosk page when its renderer crashes or hangs, with growing delays so a page that
 * crashes at once does not spin the CPU, and logs why each time.
 */
export function installCrashWatchdog(
  contents: Pick<WebContents, 'on' | 'reload' | 'isDestroyed'>,
  log: Logger,
  options: { hangGraceMs?: number; timers?: WatchdogTimers; now?: () => number } = {},
): void {
  const timers: WatchdogTimers = options.timers ?? { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) };
  const backoff = new RestartBackoff({ baseMs: 1000, maxMs: 60_000, stableMs: 300_000 }, options.now);
  let pending: unknown;
  let hang: unknown;
  const scheduleReload = (why: string, detail: Record<string, unknown>) => {
    if (pending !== undefined) return;
    const delayMs = backoff.nextDelay();
    log.error('renderer failed; reloading', { why, delayMs, ...detail });
    pending = timers.setTimeout(() => {
      pending = undefined;
      if (contents.isDestroyed()) return;
      backoff.started();
      contents.reload();
    }, delayMs);
  };
  contents.on('did-finish-load', () => backoff.started());
  contents.on('render-process-gone', (_event, details) => scheduleReload('render-process-gone', { reason: details.reason, exitCode: details.exitCode }));
  contents.on('unresponsive', () => {
    // A busy frame can recover by itself; only a renderer still hung after the grace period is reloaded.
    hang = timers.setTimeout(() => scheduleReload('unresponsive', {}), options.hangGraceMs ?? 10_000);
  });
  contents.on('responsive', () => {
    if (hang !== undefined) timers.clearTimeout(hang);
    hang = undefined;
  });
}
