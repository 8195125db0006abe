import type { RendererError } from '../../../common/contract/services/system';
import type { Logger } from '../log/logger';
import type { CrashJournal } from './crashJournal';

export interface RendererErrorOptions {
  log: Logger;
  journal: CrashJournal;
  /** Reports logged per minute at most; a render loop that throws must not fill the disk. */
  perMinute?: number;
  now?: () => number;
}

/**
 * Main's side of `system.reportError`: each error the renderer did not handle goes to the log
 * (redacted by the logger) and into the crash journal for the next heartbeat. Beyond the limit
 * per minute they are counted and the count is logged with the next one let through.
 */
export function createRendererErrorSink(options: RendererErrorOptions): (report: RendererError) => { logged: boolean } {
  const log = options.log.child({ component: 'renderer' });
  const now = options.now ?? Date.now;
  const limit = options.perMinute ?? 20;
  let windowStart = -Infinity;
  let inWindow = 0;
  let dropped = 0;
  return (report) => {
    const at = now();
    if (at - windowStart >= 60_000) {
      windowStart = at;
      inWindow = 0;
    }
    inWindow += 1;
    if (inWindow > limit) {
      dropped += 1;
      return { logged: false };
    }
    log.error('renderer error', {
      kind: report.kind,
      error: { errorClass: report.name, message: report.message, stack: report.stack },
      where: report.where,
      dropped,
    });
    dropped = 0;
    const error = Object.assign(new Error(report.message), { name: report.name ?? 'Error' });
    options.journal.record('renderer', error, new Date(at));
    return { logged: true };
  };
}
