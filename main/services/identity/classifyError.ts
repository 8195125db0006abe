import { isAxiosError } from 'axios';
import { apiErrorCodes, apiErrorSchema } from '../../../common/identityApi/apiError';
import { UPLOAD_OFFSET_HEADER } from '../../../common/identityApi/signing';
import { IdentityApiError, clientErrorCodes, type IdentityErrorDetails } from './identityApiError';

const CONNECT_FAILURES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN']);
const TIMEOUTS = new Set(['ECONNABORTED', 'ETIMEDOUT']);

/** A failure without an HTTP response: classified by the socket error. */
export function classifyTransportError(error: unknown): IdentityApiError {
  if (error instanceof IdentityApiError) return error;
  const code = isAxiosError(error) ? error.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (code && CONNECT_FAILURES.has(code)) return new IdentityApiError('unreachable', clientErrorCodes.unreachable, message);
  if (code && TIMEOUTS.has(code)) return new IdentityApiError('unreachable', clientErrorCodes.timeout, message);
  return new IdentityApiError('unreachable', clientErrorCodes.connectionLost, message);
}

function retryAfterMs(headers: Record<string, unknown>, bodySeconds: number | undefined): number | undefined {
  const header = Number(headers['retry-after']);
  const seconds = Number.isFinite(header) && String(headers['retry-after'] ?? '') !== '' ? header : bodySeconds;
  return seconds === undefined ? undefined : seconds * 1000;
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
