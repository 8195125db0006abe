import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryDelay } from '../../../../../main/services/sync/backoff';
import { defaultOutboxConfig } from '../../../../../main/services/sync/outboxServices';

describe('retryDelay with jitterAfterRetryAfter (the kiosk default)', () => {
  const policy = { baseMs: 100, capMs: 5000, jitterAfterRetryAfter: true };

  it('waits Retry-After plus a jittered share of the backoff, up to the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), fc.integer({ min: 1, max: 20_000 }), (n, r, after) => {
        const jitter = retryDelay(n, { ...policy, jitterAfterRetryAfter: false }, 0, () => r);
        expect(retryDelay(n, policy, after, () => r)).toBe(Math.min(Math.min(after, policy.capMs) + jitter, policy.capMs));
      }),
    );
  });

  it('spreads kiosks told the same Retry-After, where flooring at it sends them back together', () => {
    const draws = [0.05, 0.3, 0.55, 0.8];
    const floored = new Set(draws.map((r) => retryDelay(2, { ...policy, jitterAfterRetryAfter: false }, 1000, () => r)));
    const after = new Set(draws.map((r) => retryDelay(2, policy, 1000, () => r)));
    expect([...floored]).toEqual([1000]);
    expect(after.size).toBe(draws.length);
    expect(Math.min(...after)).toBeGreaterThanOrEqual(1000);
  });

  it('without Retry-After it is plain full jitter', () => {
    expect(retryDelay(3, policy, 0, () => 0.5)).toBe(200);
    expect(defaultOutboxConfig.backoff.jitterAfterRetryAfter).toBe(true);
  });
});
