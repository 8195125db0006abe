import { flowErrorCodes } from '../../../../common/errorCodes';
import { KioskError } from '../../../../common/errors';
import { isIdentityApiError } from '../../identity';

/** A field that breaks a rule of common/ (domain code) or of the province profile. */
export const invalidField = (code: string, field: string): KioskError => new KioskError(code, `invalid ${field}`, field);

/** A step this session has not taken: no account found yet, no verified SMS, no matched face, no sign-in. */
export const stepMissing = (message: string, field?: string): KioskError => new KioskError(flowErrorCodes.stepMissing, message, field);

/** True when the identity API could not give an answer now (down, timeout, 5xx, 429). */
export function isUnavailable(error: unknown): boolean {
  return isIdentityApiError(error) && (error.kind === 'unreachable' || error.kind === 'retryable');
}

/**
 * Turns whatever the identity client threw into the KioskError the renderer translates: the
 * server's stable code and field for refusals, one code for "not now", one for kiosk trouble.
 * Messages stay developer-facing and never carry personal data.
 */
export function toFlowError(error: unknown): KioskError {
  if (isIdentityApiError(error)) {
    switch (error.kind) {
      case 'rejected':
        return new KioskError(error.code, `identity API refused: ${error.code}`, error.field);
      case 'auth':
        return new KioskError(flowErrorCodes.kioskNotAuthorised, `identity API authentication failed: ${error.code}`);
      default:
        return new KioskError(flowErrorCodes.unavailable, `identity API unavailable: ${error.code}`);
    }
  }
  if (error instanceof KioskError) return error;
  throw error;
}

/**
 * An identity-API failure the citizen can act on: the listed codes pass through as refusals at
 * `field` (the server's field when none is given), whatever class the client gave them; anything
 * else is mapped by toFlowError.
 */
export function rejected(error: unknown, codes: readonly string[], field?: string): never {
  if (isIdentityApiError(error) && codes.includes(error.code)) throw new KioskError(error.code, `refused: ${error.code}`, field ?? error.field);
  throw toFlowError(error);
}

/** Runs one identity-API step and maps its failure. */
export async function step<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toFlowError(error);
  }
}

/** Runs one identity-API step whose listed refusals the citizen can act on (see `rejected`). */
export async function stepRefusing<T>(run: () => Promise<T>, codes: readonly string[], field?: string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    return rejected(error, codes, field);
  }
}
