import { SendError, type SendFailure } from './outboxSender';

/** HTTP statuses worth retrying: the request may succeed later unchanged. */
const retryableStatuses = new Set([408, 425, 429]);

/** Maps an HTTP answer onto the sender's failure classes. */
export function classifyHttpStatus(status: number, retryAfter: string | null | undefined, now: number, body?: { code?: string; field?: string }): SendFailure {
  if (status === 401 || status === 403) return { kind: 'auth', reason: `http ${status}` };
  if (retryableStatuses.has(status) || status >= 500) {
    const retryAfterMs = parseRetryAfter(retryAfter, now);
    return retryAfterMs === undefined ? { kind: 'retryable', reason: `http ${status}` } : { kind: 'retryable', reason: `http ${status}`, retryAfterMs };
  }
  const code = body?.code ?? `http.${status}`;
  return body?.field === undefined ? { kind: 'rejected', code } : { kind: 'rejected', code, field: body.field };
}

/** Retry-After is either delay-seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Anything a sender throws that is not a SendError is a bug or a transport surprise: retry it. */
export function toFailure(error: unknown): SendFailure {
  if (error instanceof SendError) return error.failure;
  return { kind: 'retryable', reason: error instanceof Error ? `unexpected: ${error.name}` : 'unexpected' };
}
