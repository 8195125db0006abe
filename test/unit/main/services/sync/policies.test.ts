import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryDelay } from '../../../../../main/services/sync/backoff';
import { CircuitBreaker } from '../../../../../main/services/sync/circuitBreaker';
import { classifyHttpStatus, parseRetryAfter } from '../../../../../main/services/sync/failure';
import { FakeClock } from '../../../../support/outbox/testOutbox';

describe('retryDelay', () => {
  it('draws from [0, min(cap, base·2^(n-1))) and never undercuts Retry-After up to the cap', () => {
    const policy = { baseMs: 100, capMs: 5000 };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), fc.nat(20_000), (n, r, after) => {
        const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** (n - 1));
        const plain = retryDelay(n, policy, 0, () => r);
        expect(plain).toBeGreaterThanOrEqual(0);
        expect(plain).toBeLessThan(ceiling);
        expect(retryDelay(n, policy, after, () => r)).toBe(Math.max(plain, Math.min(after, policy.capMs)));
      }),
    );
  });
});

describe('CircuitBreaker', () => {
  it('opens after the threshold, lets one probe through when half-open, and closes on its success', () => {
    const clock = new FakeClock();
    const breaker = new CircuitBreaker({ failureThreshold: 3, openMs: 1000, now: clock.now });
    breaker.onFailure();
    breaker.onFailure();
    expect(breaker.state).toBe('closed');
    breaker.onFailure();
    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
    clock.advance(1000);
    expect(breaker.state).toBe('halfOpen');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    breaker.onFailure();
    expect(breaker.state).toBe('open');
    clock.advance(1000);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.onSuccess();
    expect(breaker.state).toBe('closed');
    expect(breaker.reopensAt).toBeNull();
  });
});

describe('classifyHttpStatus', () => {
  it('retries 408, 425, 429 and 5xx, honouring Retry-After', () => {
    for (const status of [408, 425, 429, 500, 502, 503, 504]) {
      expect(classifyHttpStatus(status, null, 0).kind).toBe('retryable');
    }
    expect(classifyHttpStatus(429, '7', 0)).toEqual({ kind: 'retryable', reason: 'http 429', retryAfterMs: 7000 });
  });

  it("treats 401/403 as auth and other 4xx as rejections with the server's code and field", () => {
    expect(classifyHttpStatus(401, null, 0).kind).toBe('auth');
    expect(classifyHttpStatus(403, null, 0).kind).toBe('auth');
    expect(classifyHttpStatus(422, null, 0, { code: 'phone.bound', field: 'phone' })).toEqual({ kind: 'rejected', code: 'phone.bound', field: 'phone' });
    expect(classifyHttpStatus(404, null, 0)).toEqual({ kind: 'rejected', code: 'http.404' });
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
