import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../../main/services/log/logger';
import { maintenanceSettings, startMaintenance, sumAppMetrics } from '../../../../../main/services/system/maintenance';
import { createMemoryWatchdog, type MemorySample } from '../../../../../main/services/system/memoryWatchdog';
import { createActivityTracker, createRestartPlanner, nextDailyTime, parseTimeOfDay } from '../../../../../main/services/system/scheduledRestart';

const MiB = 1024 * 1024;
const clock = (start: string) => {
  let t = new Date(start).getTime();
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
};
const minutes = (n: number) => n * 60_000;

describe('memory watchdog', () => {
  it('warns once when memory runs high and asks for a restart only after it stays over the limit', async () => {
    let used = 500 * MiB;
    const asked: string[] = [];
    const warnings: string[] = [];
    const log = { ...silentLogger, warn: (m: string) => warnings.push(m), error: (m: string) => warnings.push(m) };
    const dog = createMemoryWatchdog({ sample: () => ({ totalBytes: used }), limitBytes: 1000 * MiB, consecutive: 3, onLimit: (r) => asked.push(r), log });
    expect(await dog.check()).toBe('ok');
    used = 850 * MiB;
    expect(await dog.check()).toBe('warn');
    expect(await dog.check()).toBe('warn');
    expect(warnings).toEqual(['memory running high']);
    used = 1200 * MiB; // a face capture peak: two samples, then back down
    await dog.check();
    await dog.check();
    used = 900 * MiB;
    await dog.check();
    expect(asked).toEqual([]);
    used = 1100 * MiB;
    await dog.check();
    await dog.check();
    expect(await dog.check()).toBe('limit');
    await dog.check();
    expect(asked).toEqual(['memory 1100 MiB above the 1000 MiB limit']);
    expect(dog.peakBytes()).toBe(1200 * MiB);
  });

  it('survives a failing sampler', async () => {
    const dog = createMemoryWatchdog({ sample: () => Promise.reject(new Error('no metrics')), limitBytes: MiB, onLimit: () => undefined, log: silentLogger });
    expect(await dog.check()).toBe('ok');
  });

  it('sums Electron’s app metrics (KiB) over every process', () => {
    const sample: MemorySample = sumAppMetrics([
      { type: 'Browser', memory: { workingSetSize: 200 * 1024 } },
      { type: 'Tab', memory: { workingSetSize: 300 * 1024 } },
      { type: 'GPU', memory: { workingSetSize: 100 * 1024 } },
      { type: 'Tab', memory: { workingSetSize: 50 * 1024 } },
    ]);
    expect(sample.totalBytes).toBe(650 * MiB);
    expect(sample.detail).toEqual({ browser: 200 * MiB, tab: 350 * MiB, gpu: 100 * MiB });
  });
});

describe('nightly restart', () => {
  it('parses HH:MM or off', () => {
    expect(parseTimeOfDay('03:30')).toBe(210);
    expect(parseTimeOfDay('off')).toBeNull();
    expect(() => parseTimeOfDay('25:00')).toThrow(/HH:MM/);
    expect(() => parseTimeOfDay('3.30')).toThrow();
  });

  it('finds the next local time of day strictly after now', () => {
    const before = nextDailyTime(new Date(2026, 10, 22, 1, 0), 210);
    expect([before.getDate(), before.getHours(), before.getMinutes()]).toEqual([22, 3, 30]);
    const after = nextDailyTime(new Date(2026, 10, 22, 3, 30), 210);
    expect([after.getDate(), after.getHours()]).toEqual([23, 3]);
    const monthEnd = nextDailyTime(new Date(2026, 10, 30, 12, 0), 210);
    expect([monthEnd.getMonth(), monthEnd.getDate()]).toEqual([11, 1]);
  });

  it('restarts at the quiet hour, waiting for the citizen at the screen to finish', () => {
    const c = clock('2026-11-22T10:00:00');
    let idle = true;
    const restarts: string[] = [];
    const planner = createRestartPlanner({ now: c.now, isIdle: () => idle, restart: (r) => restarts.push(r), log: silentLogger, nightlyAt: 210 });
    expect(planner.nextNightly()?.getDate()).toBe(23);
    for (let i = 0; i < 17 * 60; i++) {
      c.advance(minutes(1));
      planner.tick();
    }
    expect(restarts).toEqual([]); // 03:00 on the 23rd
    idle = false;
    c.advance(minutes(45)); // 03:45: due, but someone is using the kiosk
    expect(planner.tick()).toBeNull();
    idle = true;
    c.advance(minutes(5));
    expect(planner.tick()).toBe('nightly restart');
    expect(planner.tick()).toBeNull();
    expect(restarts).toEqual(['nightly restart']);
  });

  it('skips to the next night when busy the whole window, and never restarts right after a start', () => {
    const c = clock('2026-11-22T03:20:00');
    let idle = false;
    const restarts: string[] = [];
    const planner = createRestartPlanner({ now: c.now, isIdle: () => idle, restart: (r) => restarts.push(r), log: silentLogger, nightlyAt: 210 });
    expect(planner.nextNightly()?.getDate()).toBe(23); // 03:30 today is within the first hour of uptime
    c.advance(24 * 3600_000 + minutes(10) + 3 * 3600_000 + 1); // 23rd 06:30: window passed
    expect(planner.tick()).toBeNull();
    expect(planner.nextNightly()?.getDate()).toBe(24);
    idle = true;
    expect(planner.tick()).toBeNull(); // not at 06:30
    expect(restarts).toEqual([]);
  });

  it('honours off', () => {
    const c = clock('2026-11-22T03:00:00');
    const planner = createRestartPlanner({ now: c.now, isIdle: () => true, restart: () => undefined, log: silentLogger, nightlyAt: null });
    c.advance(48 * 3600_000);
    expect(planner.tick()).toBeNull();
    expect(planner.nextNightly()).toBeNull();
  });

  it('a memory restart waits for idle, but not forever', () => {
    const c = clock('2026-11-22T11:00:00');
    let idle = false;
    const planner = createRestartPlanner({
      now: c.now,
      isIdle: () => idle,
      restart: () => undefined,
      log: silentLogger,
      nightlyAt: null,
      forceAfterMs: minutes(15),
    });
    planner.request('memory high');
    c.advance(minutes(10));
    expect(planner.tick()).toBeNull();
    idle = true;
    expect(planner.tick()).toBe('memory high');

    const c2 = clock('2026-11-22T11:00:00');
    const stuck = createRestartPlanner({
      now: c2.now,
      isIdle: () => false,
      restart: () => undefined,
      log: silentLogger,
      nightlyAt: null,
      forceAfterMs: minutes(15),
    });
    stuck.request('memory high');
    c2.advance(minutes(15));
    expect(stuck.tick()).toBe('memory high (not idle after 15 min)');
  });
});

describe('activity', () => {
  it('counts citizen calls, not background ones, and frees the kiosk when a session ends', () => {
    const c = clock('2026-11-22T11:00:00');
    const activity = createActivityTracker({ now: c.now, quietMs: minutes(3) });
    expect(activity.isIdle()).toBe(true);
    activity.touch('session.start');
    c.advance(minutes(2));
    activity.touch('system.health');
    c.advance(minutes(1));
    expect(activity.isIdle()).toBe(true);
    activity.touch('reader.status');
    expect(activity.isIdle()).toBe(false);
    activity.reset();
    expect(activity.isIdle()).toBe(true);
  });
});

describe('maintenance wiring', () => {
  it('reads its settings from the environment, defaulting to 03:30', () => {
    expect(maintenanceSettings({}, 2048)).toEqual({ nightlyAt: 210, memoryLimitBytes: 2048 * MiB, checkIntervalMs: 60_000 });
    expect(maintenanceSettings({ KIOSK_RESTART_AT: 'off', KIOSK_MEMORY_LIMIT_MB: '1024' }, 2048)).toMatchObject({
      nightlyAt: null,
      memoryLimitBytes: 1024 * MiB,
    });
    expect(() => maintenanceSettings({ KIOSK_MEMORY_LIMIT_MB: '12' }, 2048)).toThrow(/at least 256/);
  });

  it('restarts on memory pressure once the citizen’s calls have stopped', async () => {
    const c = clock('2026-11-22T11:00:00');
    let used = 3000 * MiB;
    let tick: () => void = () => undefined;
    const restarts: string[] = [];
    const m = startMaintenance({
      config: { idle: { timeoutSeconds: 120, countdownSeconds: 30 } },
      settings: { nightlyAt: null, memoryLimitBytes: 2048 * MiB, checkIntervalMs: 60_000 },
      sample: () => ({ totalBytes: used }),
      restart: (r) => restarts.push(r),
      log: silentLogger,
      now: c.now,
      setInterval: (fn) => ((tick = fn), {}),
      clearInterval: () => undefined,
    });
    const dispatch = m.track(async () => ({ ok: true, value: null }) as never);
    await dispatch('reader.status', undefined, { transport: 'ipc' });
    for (let i = 0; i < 3; i++) {
      c.advance(minutes(1));
      await m.runOnce();
    }
    expect(restarts).toEqual([]); // a citizen called 3 min ago: within the idle timeout + countdown + 1 min margin
    m.sessionEnded();
    await m.runOnce();
    expect(restarts).toEqual(['memory 3000 MiB above the 2048 MiB limit']);
    used = 100;
    tick();
    m.stop();
  });
});
