import type { SessionEndReason } from '../../../common/contract/services/session';
import type { Logger } from '../log/logger';

/** Something that holds per-citizen state in main and must forget it when the session ends. */
export type SessionEndHook = (reason: SessionEndReason) => void | Promise<void>;

export function createSessionService(deps: { log: Logger; onEnded: (reason: SessionEndReason) => void }) {
  const hooks = new Set<SessionEndHook>();
  return {
    /** Registers a wipe step; returns a function that removes it. */
    onEnd(hook: SessionEndHook): () => void {
      hooks.add(hook);
      return () => hooks.delete(hook);
    },
    /** Runs every wipe step even if one fails, so one faulty service cannot keep a citizen's data. */
    async end(reason: SessionEndReason): Promise<void> {
      const results = await Promise.allSettled([...hooks].map(async (hook) => hook(reason)));
      const failed = results.filter((r) => r.status === 'rejected').length;
      if (failed) deps.log.error('session wipe step failed', { failed, reason });
      deps.log.info('session ended', { reason });
      deps.onEnded(reason);
    },
  };
}
export type SessionService = ReturnType<typeof createSessionService>;
