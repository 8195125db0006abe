import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installCrashWatchdog } from '../../../../main/electron/crashWatchdog';
import { createLogger } from '../../../../main/services/log/logger';

/** Manual clock and timers so the backoff sequence is observed exactly. */
function harness() {
  let now = 0;
  const timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let nextId = 1;
  const contents = Object.assign(new EventEmitter(), {
    reloads: 0,
    reload() {
      contents.reloads += 1;
    },
    isDestroyed: () => false,
  });
  const lines: string[] = [];
  installCrashWatchdog(contents as never, createLogger({ write: (l) => lines.push(l) }), {
    hangGraceMs: 10_000,
    now: () => now,
    timers: {
      setTimeout: (fn, ms) => {
        const id = nextId++;
        timers.push({ at: now + ms, fn, id });
        return id;
      },
      clearTimeout: (id) => {
        const i = timers.findIndex((t) => t.id === id);
        if (i >= 0) timers.splice(i, 1);
      },
    },
  });
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(t), 1);
      t.fn();
    }
  };
  return { contents, advance, lines, pending: () => timers.map((t) => t.at - now) };
}

describe('crash watchdog', () => {
  it('reloads after a crash with growing delays and logs the reason', () => {
    const h = harness();
    h.contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(h.pending()).toEqual([1000]);
    h.advance(1000);
    expect(h.contents.reloads).toBe(1);
    h.contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 0 });
    expect(h.pending()).toEqual([2000]);
    h.advance(2000);
    h.contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(h.pending()).toEqual([4000]);
    expect(h.lines.filter((l) => l.includes('"why":"render-process-gone"'))).toHaveLength(3);
    expect(h.lines.some((l) => l.includes('"reason":"oom"'))).toBe(true);
  });

  it('starts over once the page ran fine for a while', () => {
    const h = harness();
    h.contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    h.advance(1000);
    h.advance(600_000);
    h.contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(h.pending()).toEqual([1000]);
  });

  it('reloads a hung renderer only if it stays unresponsive past the grace period', () => {
    const h = harness();
    h.contents.emit('unresponsive');
    h.advance(5000);
    h.contents.emit('responsive');
    h.advance(20_000);
    expect(h.contents.reloads).toBe(0);
    h.contents.emit('unresponsive');
    h.advance(10_000);
    h.advance(1000);
    expect(h.contents.reloads).toBe(1);
    expect(h.lines.some((l) => l.includes('"why":"unresponsive"'))).toBe(true);
  });
});
