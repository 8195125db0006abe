import { KioskError } from '../../../common/errors';
import type { Logger } from '../log/logger';
import { verifyPin } from './pinHash';

export interface PinGateOptions {
  pinHash: string;
  maxAttempts: number;
  lockoutSeconds: number;
  log: Logger;
  now?: () => number;
}

/** Checks a staff PIN with a lockout after repeated failures, so the exit cannot be brute-forced at the screen. */
export function createPinGate(options: PinGateOptions) {
  const now = options.now ?? Date.now;
  let failures = 0;
  let lockedUntil = 0;
  return async function check(pin: string): Promise<void> {
    if (now() < lockedUntil) {
      throw new KioskError('staff.locked', `Locked for ${Math.ceil((lockedUntil - now()) / 1000)} s after wrong PINs`);
    }
    if (await verifyPin(pin, options.pinHash)) {
      failures = 0;
      return;
    }
    failures += 1;
    options.log.warn('wrong staff PIN', { failures });
    if (failures >= options.maxAttempts) {
      failures = 0;
      lockedUntil = now() + options.lockoutSeconds * 1000;
      throw new KioskError('staff.locked', `Locked for ${options.lockoutSeconds} s after wrong PINs`);
    }
    throw new KioskError('staff.wrongPin', `Wrong PIN, ${options.maxAttempts - failures} attempts left`, 'pin');
  };
}
