import type { Logger } from '../log/logger';
import type { CrashJournal } from './crashJournal';

/** What the hooks need of `process`: Node's and Electron's main process both fit. */
export interface CrashEventSource {
  on(event: 'uncaughtException', listener: (error: Error, origin?: string) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

export interface CrashHookOptions {
  source: CrashEventSource;
  journal: CrashJournal;
  log: Logger;
  /** Ends this process so that it starts again (supervisor or self-relaunch); never shows anything. */
  restart: (reason: string) => void;
}

/** Class, message and stack for the log (not `name`: the logger masks every field called that); personal data is redacted by shape. */
export function errorFields(error: unknown): Record<string, unknown> {
  if (error instanceof Error) return { errorClass: error.name, message: error.message, stack: error.stack };
  return { value: typeof error === 'string' ? error : typeof error };
}

/**
 * Catches what would otherwise end main with a stack trace (a modal dialog in Electron, in front
 * of a citizen): logs it, notes it for the next heartbeat and restarts once. A second failure while
 * the first is being handled is logged and nothing more, so the restart runs exactly once.
 */
export function installCrashHooks(options: CrashHookOptions): void {
  const log = options.log.child({ component: 'crash' });
  let restarting = false;
  const crashed = (kind: string, error: unknown) => {
    log.error('main process crashed; restarting', { kind, error: errorFields(error), alreadyRestarting: restarting });
    if (restarting) return;
    restarting = true;
    options.journal.record('main', error);
    options.restart(kind);
  };
  options.source.on('uncaughtException', (error) => crashed('uncaughtException', error));
  options.source.on('unhandledRejection', (reason) => crashed('unhandledRejection', reason));
}
