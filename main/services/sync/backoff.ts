export interface BackoffPolicy {
  /** Ceiling of the first retry's delay. */
  baseMs: number;
  /** Largest delay ever chosen. */
  capMs: number;
  /**
   * Add the jitter after the server's Retry-After instead of only never undercutting it. Kiosks
   * refused together are told the same Retry-After; floored at it they all come back together
   * (npm run bench -- fleet shows the difference).
   */
  jitterAfterRetryAfter?: boolean;
}

/**
 * "Full jitter" (AWS architecture blog): a uniform delay in [0, min(cap, base·2^(attempt-1))), so
 * kiosks that lost the link together do not come back together. Never shorter than Retry-After,
 * but Retry-After itself is honoured only up to the cap: a server asking for years parks nothing.
 */
export function retryDelay(attempt: number, policy: BackoffPolicy, retryAfterMs = 0, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30));
  const serverAsked = Number.isFinite(retryAfterMs) ? Math.min(Math.max(retryAfterMs, 0), policy.capMs) : policy.capMs;
  const jitter = Math.floor(random() * ceiling);
  if (policy.jitterAfterRetryAfter && serverAsked > 0) return Math.min(serverAsked + jitter, policy.capMs);
  return Math.max(jitter, serverAsked);
}
