import { KioskError } from '../../../common/errors';

/**
 * What a caller can do about a failure:
 * - retryable: the server answered but asks to try again later (5xx, 429, a request still in flight,
 *   an unreadable response); retry with the same Idempotency-Key after `retryAfterMs` if given.
 * - rejected: the server refused the request itself (`code`, `field`); retrying cannot help.
 * - auth: the kiosk's credentials or clock are wrong; needs an operator, not a retry.
 * - unreachable: no HTTP answer (down, timeout, connection lost). A write may or may not have been
 *   applied, so only ever retry it with the same Idempotency-Key.
 */
export type IdentityErrorKind = 'retryable' | 'rejected' | 'auth' | 'unreachable';

export interface IdentityErrorDetails {
  status?: number;
  retryAfterMs?: number;
  attemptsLeft?: number;
  /** For UPLOAD_OFFSET_MISMATCH and UPLOAD_CHECKSUM_MISMATCH: where to resume. */
  uploadOffset?: number;
}

export class IdentityApiError extends KioskError {
  readonly kind: IdentityErrorKind;
  readonly details: IdentityErrorDetails;

  constructor(kind: IdentityErrorKind, code: string, message: string, field?: string, details: IdentityErrorDetails = {}) {
    super(code, message, field);
    this.name = 'IdentityApiError';
    this.kind = kind;
    this.details = details;
  }
}

export function isIdentityApiError(value: unknown): value is IdentityApiError {
  return value instanceof IdentityApiError;
}

/** Client-side codes; server codes pass through unchanged. */
export const clientErrorCodes = {
  unreachable: 'IDENTITY_API_UNREACHABLE',
  timeout: 'IDENTITY_API_TIMEOUT',
  connectionLost: 'IDENTITY_API_CONNECTION_LOST',
  responseInvalid: 'IDENTITY_API_RESPONSE_INVALID',
  serverError: 'IDENTITY_API_SERVER_ERROR',
  /** The answer was longer than the client reads. */
  responseTooLarge: 'IDENTITY_API_RESPONSE_TOO_LARGE',
  /** The gateway's certificate is not trusted: unknown CA, wrong host name, expired, or no pinned key. */
  tlsUntrusted: 'IDENTITY_API_TLS_UNTRUSTED',
  /** An upload chunk was answered with an offset that did not move forward. */
  uploadStalled: 'IDENTITY_API_UPLOAD_STALLED',
} as const;
