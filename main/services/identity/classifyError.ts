import { isAxiosError } from 'axios';
import { apiErrorCodes, apiErrorSchema } from '../../../common/identityApi/apiError';
import { UPLOAD_OFFSET_HEADER } from '../../../common/identityApi/signing';
import { KEY_NOT_PINNED } from './gatewayTrust';
import { IdentityApiError, clientErrorCodes, type IdentityErrorDetails } from './identityApiError';

const CONNECT_FAILURES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN']);
// ERR_CANCELED: the client cancels a request only when its deadline passes.
const TIMEOUTS = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ERR_CANCELED']);
const TLS_REFUSALS = new Set([
  KEY_NOT_PINNED,
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REVOKED',
]);
/** Longest Retry-After taken from a server; the outbox caps it again by its own backoff ceiling. */
export const MAX_RETRY_AFTER_MS = 3600_000;

/** A failure without an HTTP response: classified by the socket error. */
export function classifyTransportError(error: unknown): IdentityApiError {
  if (error instanceof IdentityApiError) return error;
  const code = isAxiosError(error) ? error.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (code && CONNECT_FAILURES.has(code)) return new IdentityApiError('unreachable', clientErrorCodes.unreachable, message);
  if (code && TIMEOUTS.has(code)) return new IdentityApiError('unreachable', clientErrorCodes.timeout, message);
  if (code && TLS_REFUSALS.has(code)) return new IdentityApiError('unreachable', clientErrorCodes.tlsUntrusted, message);
  if (isAxiosError(error) && message.startsWith('maxContentLength')) return new IdentityApiError('retryable', clientErrorCodes.responseTooLarge, message);
  return new IdentityApiError('unreachable', clientErrorCodes.connectionLost, message);
}

/** Retry-After as delay-seconds (the header, else the body's), capped; anything else is ignored. */
function retryAfterMs(headers: Record<string, unknown>, bodySeconds: number | undefined): number | undefined {
  const header = String(headers['retry-after'] ?? '').trim();
  const seconds = /^\d{1,12}$/.test(header) ? Number(header) : bodySeconds;
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return undefined;
  return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
}

/** An HTTP answer that is not the operation's success status. */
export function classifyHttpError(status: number, body: unknown, headers: Record<string, unknown>): IdentityApiError {
  const parsed = apiErrorSchema.safeParse(body);
  const error = parsed.success ? parsed.data : undefined;
  const details: IdentityErrorDetails = { status };
  const after = retryAfterMs(headers, error?.retryAfterSeconds);
  if (after !== undefined) details.retryAfterMs = after;
  if (error?.attemptsLeft !== undefined) details.attemptsLeft = error.attemptsLeft;
  const offset = headers[UPLOAD_OFFSET_HEADER];
  if (offset !== undefined && /^\d+$/.test(String(offset))) details.uploadOffset = Number(offset);

  if (!error) {
    // No error body: a proxy's page, or a HEAD answer (which never has a body).
    if (status >= 500 || status === 429) return new IdentityApiError('retryable', clientErrorCodes.serverError, `HTTP ${status}`, undefined, details);
    if (status === 401 || status === 403) return new IdentityApiError('auth', clientErrorCodes.responseInvalid, `HTTP ${status}`, undefined, details);
    return new IdentityApiError('rejected', status === 404 ? apiErrorCodes.notFound : clientErrorCodes.responseInvalid, `HTTP ${status}`, undefined, details);
  }
  if (status === 401 || status === 403) return new IdentityApiError('auth', error.code, error.message, error.field, details);
  if (status >= 500 || status === 429 || error.code === apiErrorCodes.idempotencyInFlight) {
    return new IdentityApiError('retryable', error.code, error.message, error.field, details);
  }
  return new IdentityApiError('rejected', error.code, error.message, error.field, details);
}
