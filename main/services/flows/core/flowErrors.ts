import { KioskError } from '../../../common/errors';
import { isIdentityApiError } from '../identity';

/** Codes main adds for the person flows; the UI translates `errors.<code>`. */
export const personFlowErrorCodes = {
  /** The identity API is down or asked to retry later: online-only steps point to the counter. */
  unavailable: 'person.serviceUnavailable',
  /** The kiosk's credentials or clock are wrong: staff and IT are needed, not the citizen. */
  kioskNotAuthorised: 'person.kioskNotAuthorised',
  /** A card-sourced identity that is not what the reader read (tampered or stale form). */
  cardMismatch: 'person.cardMismatch',
  /** Manual identity entry outside assisted mode. */
  manualEntryNotAllowed: 'person.manualEntryNotAllowed',
  /** A step was skipped: no account found yet, no verified SMS, no matched face in this session. */
  stepMissing: 'person.stepMissing',
  passwordMismatchPolicy: 'person.passwordInvalid',
  /** This flow cannot be queued and the link is down. */
  notQueueable: 'person.serviceUnavailable',
} as const;

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
        return new KioskError(personFlowErrorCodes.kioskNotAuthorised, `identity API authentication failed: ${error.code}`);
      default:
        return new KioskError(personFlowErrorCodes.unavailable, `identity API unavailable: ${error.code}`);
    }
  }
  if (error instanceof KioskError) return error;
  throw error;
}

/** Runs one identity-API step and maps its failure. */
export async function step<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toFlowError(error);
  }
}
