import { KioskError } from '../../../common/errors';
import type { Logger } from '../log/logger';
import { memoryAttemptStore, type AttemptStore } from './attemptStore';

export interface AttemptGateOptions {
  maxAttempts: number;
  lockoutSeconds: number;
  log: Logger;
  /** Failures and lockouts; the kiosk keeps them in its database so a restart does not reset them. */
  store?: AttemptStore;
  now?: () => number;
}

/**
 * Guards a secret check (exit PIN, staff PIN, staff card) with a lockout after repeated failures,
 * so a walk-in cannot guess it at the screen. `check` resolves the result when the secret is right.
 *
 * Each attempt is counted, durably, before the slow hash starts: concurrent guesses see each other
 * and only `maxAttempts` of them are ever checked; a correct secret clears the count afterwards.
 */
export function createAttemptGate(options: AttemptGateOptions) {
  const now = options.now ?? Date.now;
  const store = options.store ?? memoryAttemptStore();
  const locked = (until: number) => new KioskError('staff.locked', `Locked for ${Math.max(1, Math.ceil((until - now()) / 1000))} s after wrong attempts`);

  return async function attempt<T>(check: () => Promise<T | undefined>, field: string): Promise<T> {
    const before = store.load();
    if (now() < before.lockedUntil) throw locked(before.lockedUntil);
    // Attempts already counted but still being checked use up the allowance too.
    if (before.failures >= options.maxAttempts) throw locked(now() + options.lockoutSeconds * 1000);
    store.save({ failures: before.failures + 1, lockedUntil: before.lockedUntil });

    const result = await check();
    const after = store.load();
    if (result !== undefined) {
      store.save({ failures: 0, lockedUntil: after.lockedUntil });
      return result;
    }
    options.log.warn('wrong staff secret', { failures: after.failures, field });
    // A concurrent attempt may have used up the allowance while this one was being checked.
    if (now() < after.lockedUntil) throw locked(after.lockedUntil);
    if (after.failures >= options.maxAttempts) {
      const lockedUntil = now() + options.lockoutSeconds * 1000;
      store.save({ failures: 0, lockedUntil });
      options.log.warn('staff secret locked out', { field, lockoutSeconds: options.lockoutSeconds });
      throw locked(lockedUntil);
    }
    throw new KioskError('staff.wrongPin', `Wrong PIN, ${options.maxAttempts - after.failures} attempts left`, field);
  };
}
export type AttemptGate = ReturnType<typeof createAttemptGate>;
