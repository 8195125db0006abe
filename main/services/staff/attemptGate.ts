import { KioskError } from '../../../common/errors';
import type { Logger } from '../log/logger';

export interface AttemptGateOptions {
  maxAttempts: number;
  lockoutSeconds: number;
  log: Logger;
  now?: () => number;
}

/**
 * Guards a secret check (exit PIN, staff PIN) with a lockout after repeated failures, so a
 * walk-in cannot guess it at the screen. `check` resolves true when the secret is right.
 */
export function createAttemptGate(options: AttemptGateOptions) {
  const now = options.now ?? Date.now;
  let failures = 0;
  let lockedUntil = 0;
  return async function attempt<T>(check: () => Promise<T | undefined>, field: string): Promise<T> {
    if (now() < lockedUntil) {
      throw new KioskError('staff.locked', `Locked for ${Math.ceil((lockedUntil - now()) / 1000)} s after wrong attempts`);
    }
    const result = await check();
    if (result !== undefined) {
      failures = 0;
      return result;
    }
    failures += 1;
    options.log.warn('wrong staff secret', { failures });
    if (failures >= options.maxAttempts) {
      failures = 0;
      lockedUntil = now() + options.lockoutSeconds * 1000;
      throw new KioskError('staff.locked', `Locked for ${options.lockoutSeconds} s after wrong attempts`);
    }
    throw new KioskError('staff.wrongPin', `Wrong PIN, ${options.maxAttempts - failures} attempts left`, field);
  };
}
export type AttemptGate = ReturnType<typeof createAttemptGate>;
