import type { Dispatch } from '../../bridge/callDispatcher';
import type { HallConfig } from '../../../common/config/hallConfig';
import type { Logger } from '../log/logger';
import { createMemoryWatchdog, type MemorySample, type MemoryWatchdog } from './memoryWatchdog';
import { createActivityTracker, createRestartPlanner, parseTimeOfDay, type RestartPlanner } from './scheduledRestart';

export interface MaintenanceSettings {
  /** Minutes after local midnight, or null: no nightly restart. */
  nightlyAt: number | null;
  memoryLimitBytes: number;
  checkIntervalMs: number;
}

type Env = Record<string, string | undefined>;

/**
 * Long-uptime settings. Not in the hall config yet; IT sets them per machine:
 * `KIOSK_RESTART_AT` (HH:MM local, default 03:30, `off` to disable) and `KIOSK_MEMORY_LIMIT_MB`.
 */
export function maintenanceSettings(env: Env, defaultLimitMb: number): MaintenanceSettings {
  const nightlyAt = parseTimeOfDay(env.KIOSK_RESTART_AT || '03:30');
  const limitText = env.KIOSK_MEMORY_LIMIT_MB;
  const limitMb = limitText ? Number(limitText) : defaultLimitMb;
  if (!Number.isInteger(limitMb) || limitMb < 256) throw new Error(`KIOSK_MEMORY_LIMIT_MB must be a whole number of MiB, at least 256 (got "${limitText}")`);
  return { nightlyAt, memoryLimitBytes: limitMb * 1024 * 1024, checkIntervalMs: 60_000 };
}

/** Electron's `app.getAppMetrics()` summed: every process of the app (main, GPU, renderers, utilities). */
export function sumAppMetrics(metrics: ReadonlyArray<{ type: string; memory: { workingSetSize: number } }>): MemorySample {
  const detail: Record<string, number> = {};
  let total = 0;
  for (const m of metrics) {
    const bytes = m.memory.workingSetSize * 1024; // reported in KiB
    total += bytes;
    const key = m.type.toLowerCase().replace(/[^a-z]/g, '');
    detail[key] = (detail[key] ?? 0) + bytes;
  }
  return { totalBytes: total, detail };
}

export interface MaintenanceOptions {
  config: Pick<HallConfig, 'idle'>;
  settings: MaintenanceSettings;
  sample: () => MemorySample | Promise<MemorySample>;
  restart: (reason: string) => void;
  log: Logger;
  now?: () => Date;
  setInterval?: (fn: () => void, ms: number) => { unref?: () => void };
  clearInterval?: (handle: unknown) => void;
}

export interface Maintenance {
  readonly planner: RestartPlanner;
  readonly watchdog: MemoryWatchdog;
  /** The same dispatch, noting every citizen call so restarts wait for an idle kiosk. */
  track(dispatch: Dispatch): Dispatch;
  /** A session ended: the kiosk is free now. */
  sessionEnded(): void;
  /** One round of checks (what the timer runs). */
  runOnce(): Promise<void>;
  stop(): void;
}

/** Memory watchdog + nightly restart, both waiting for the kiosk to be idle; one timer for both. */
export function startMaintenance(options: MaintenanceOptions): Maintenance {
  const now = options.now ?? (() => new Date());
  const log = options.log.child({ component: 'maintenance' });
  // The renderer ends an idle session after its timeout and countdown; a minute more to be sure.
  const quietMs = (options.config.idle.timeoutSeconds + options.config.idle.countdownSeconds + 60) * 1000;
  const activity = createActivityTracker({ now, quietMs });
  const planner = createRestartPlanner({ now, isIdle: activity.isIdle, restart: options.restart, log, nightlyAt: options.settings.nightlyAt });
  const watchdog = createMemoryWatchdog({
    sample: options.sample,
    limitBytes: options.settings.memoryLimitBytes,
    onLimit: (reason) => planner.request(reason),
    log,
  });
  const runOnce = async () => {
    await watchdog.check();
    planner.tick();
  };
  const every = options.setInterval ?? ((fn: () => void, ms: number) => setInterval(fn, ms));
  const clear = options.clearInterval ?? ((handle: unknown) => clearInterval(handle as NodeJS.Timeout));
  const timer = every(() => void runOnce(), options.settings.checkIntervalMs);
  timer.unref?.();
  log.info('maintenance scheduled', {
    nightlyRestart: planner.nextNightly()?.toISOString() ?? 'off',
    memoryLimitMiB: Math.round(options.settings.memoryLimitBytes / 1048576),
  });
  return {
    planner,
    watchdog,
    track: (dispatch) => (path, arg, ctx) => {
      activity.touch(path);
      return dispatch(path, arg, ctx);
    },
    sessionEnded: () => activity.reset(),
    runOnce,
    stop: () => clear(timer),
  };
}
