import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenSettled, type SettleTarget } from '../../../../renderer/startup/whenSettled';

/** A page: real event dispatch, the test's fake timers, and idle callbacks run when the test says the page is idle. */
function fakePage(withIdle = true) {
  const events = new EventTarget();
  const idle: (() => void)[] = [];
  const target = {
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
    clearTimeout: (id: number | undefined) => clearTimeout(id),
    ...(withIdle ? { requestIdleCallback: (fn: () => void) => idle.push(fn) } : {}),
  } as unknown as SettleTarget;
  return {
    target,
    tap: () => events.dispatchEvent(new Event('pointerdown')),
    goIdle: () => idle.splice(0).forEach((fn) => fn()),
  };
}

describe('whenSettled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a quiet spell and then an idle moment when nobody taps', () => {
    const page = fakePage();
    const task = vi.fn();
    whenSettled(task, { target: page.target, quietMs: 3000 });
    vi.advanceTimersByTime(2999);
    page.goIdle();
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).not.toHaveBeenCalled();
    page.goIdle();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('after a first tap, waits for its answer instead of the quiet spell, and runs once however many taps follow', () => {
    const page = fakePage();
    const task = vi.fn();
    whenSettled(task, { target: page.target, quietMs: 3000, afterTapMs: 1000 });
    vi.advanceTimersByTime(2500);
    page.tap();
    vi.advanceTimersByTime(999);
    page.goIdle();
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    page.tap();
    page.goIdle();
    vi.advanceTimersByTime(10_000);
    page.goIdle();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs on a timer where the page has no idle callbacks', () => {
    const page = fakePage(false);
    const task = vi.fn();
    whenSettled(task, { target: page.target, quietMs: 100 });
    vi.advanceTimersByTime(101);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled, even when already waiting for an idle moment', () => {
    const page = fakePage();
    const task = vi.fn();
    const cancel = whenSettled(task, { target: page.target, quietMs: 100 });
    vi.advanceTimersByTime(100);
    cancel();
    page.goIdle();
    page.tap();
    vi.advanceTimersByTime(10_000);
    page.goIdle();
    expect(task).not.toHaveBeenCalled();
  });
});
