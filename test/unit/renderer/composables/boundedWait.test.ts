import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBoundedWait, WaitEnded } from '../../../../renderer/composables/useBoundedWait';
import { outcomeOf } from '../../../../renderer/flows/shared/outcome';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** An answer from main that comes when the test says so. */
function later<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('a bounded wait', () => {
  it('passes a timely answer through and hides the countdown', async () => {
    const wait = createBoundedWait(() => 15);
    const answer = later<string>();
    const waited = wait.wait(answer.promise);
    expect(wait.waiting.value).toEqual({ left: 15, total: 15 });
    await vi.advanceTimersByTimeAsync(3000);
    expect(wait.waiting.value).toEqual({ left: 12, total: 15 });
    answer.resolve('sent');
    await expect(waited).resolves.toBe('sent');
    expect(wait.waiting.value).toBeUndefined();
  });

  it('stops at the bound with an outage the flow offers to try again', async () => {
    const wait = createBoundedWait(() => 15);
    const waited = wait.wait(new Promise(() => undefined));
    const failure = waited.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(14_750);
    expect(wait.waiting.value?.left).toBe(1);
    await vi.advanceTimersByTimeAsync(250);
    const error = await failure;
    expect(error).toBeInstanceOf(WaitEnded);
    expect(outcomeOf(error)).toEqual({ kind: 'unavailable', waited: 'timeout' });
    expect(wait.waiting.value).toBeUndefined();
  });

  it('stops when the citizen cancels, and a late answer changes nothing', async () => {
    const wait = createBoundedWait(() => 15);
    const answer = later<string>();
    const failure = wait.wait(answer.promise).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(2000);
    wait.cancel();
    expect(outcomeOf(await failure)).toEqual({ kind: 'unavailable', waited: 'cancelled' });
    answer.resolve('late');
    await vi.advanceTimersByTimeAsync(1000);
    expect(wait.waiting.value).toBeUndefined();
  });

  it('passes a refusal through as it is', async () => {
    const wait = createBoundedWait(() => 15);
    const refusal = { code: 'REAL_NAME_MISMATCH' };
    await expect(wait.wait(Promise.reject(refusal))).rejects.toBe(refusal);
    expect(wait.waiting.value).toBeUndefined();
  });
});
