export interface BackoffPolicy {
  /** Ceiling of the first retry's delay. */
  baseMs: number;
  /** Largest delay ever chosen. */
  capMs: number;
}

/**
 * "Full jitter" (AWS architecture blog): a uniform delay in [0, min(cap, base·2^(attempt-1))), so
 * kiosks that lost the link together do not come back together. Never shorter than Retry-After,
 * but Retry-After itself is honoured only up to the cap: a server asking for years parks nothing.
 */
export function retryDelay(attempt: number, policy: BackoffPolicy, retryAfterMs = 0, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30));
  const serverAsked = Number.isFinite(retryAfterMs) ? Math.min(Math.max(retryAfterMs, 0), policy.capMs) : policy.capMs;
  return Math.max(Math.floor(random() * ceiling), serverAsked);
}
