import type { Logger } from '../log/logger';

/** "HH:MM" (24 h, local time) → minutes after midnight; null for "off". Throws on anything else. */
export function parseTimeOfDay(text: string): number | null {
  if (text.trim().toLowerCase() === 'off') return null;
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a time of day (HH:MM, 24-hour) or "off"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The next local wall-clock time at `minuteOfDay` strictly after `now`. */
export function nextDailyTime(now: Date, minuteOfDay: number): Date {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), Math.floor(minuteOfDay / 60), minuteOfDay % 60, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next;
}

export interface RestartPlannerOptions {
  now: () => Date;
  /** True when nobody is using the kiosk (no session in progress). */
  isIdle: () => boolean;
  /** Restarts the kiosk; called at most once. */
  restart: (reason: string) => void;
  log: Logger;
  /** Minutes after local midnight for the nightly restart; null turns it off. */
  nightlyAt: number | null;
  /** A nightly restart not done within this window (the kiosk stayed busy) waits for the next night. Default 3 h. */
  nightlyWindowMs?: number;
  /** No nightly restart before the kiosk has been up this long (it was just started). Default 1 h. */
  minUptimeMs?: number;
  /** A memory restart waits for idle at most this long, then happens anyway. Default 15 min. */
  forceAfterMs?: number;
}

/**
 * Decides when the kiosk restarts: nightly at a quiet hour, or soon after the memory watchdog asks,
 * in both cases only between citizens unless memory cannot wait any longer. Pure logic: the caller
 * calls `tick` (every minute or so) and supplies the clock.
 */
export function createRestartPlanner(options: RestartPlannerOptions) {
  const windowMs = options.nightlyWindowMs ?? 3 * 3600_000;
  const minUptimeMs = options.minUptimeMs ?? 3600_000;
  const forceAfterMs = options.forceAfterMs ?? 15 * 60_000;
  const startedAt = options.now().getTime();
  let nightlyDue = options.nightlyAt === null ? null : nextDailyTime(new Date(startedAt + minUptimeMs), options.nightlyAt);
  let urgent: { reason: string; since: number } | null = null;
  let done = false;

  const fire = (reason: string): string => {
    done = true;
    options.log.warn('restarting the kiosk', { reason });
    options.restart(reason);
    return reason;
  };

  return {
    /** The memory watchdog (or anything else) asks for a restart as soon as the kiosk is free. */
    request(reason: string): void {
      if (done || urgent) return;
      urgent = { reason, since: options.now().getTime() };
      options.log.warn('restart requested; waiting for the kiosk to be idle', { reason });
    },
    /** Returns the reason when it restarted on this tick. */
    tick(): string | null {
      if (done) return null;
      const now = options.now().getTime();
      if (urgent) {
        if (options.isIdle()) return fire(urgent.reason);
        if (now - urgent.since >= forceAfterMs) return fire(`${urgent.reason} (not idle after ${Math.round(forceAfterMs / 60_000)} min)`);
      }
      if (nightlyDue && now >= nightlyDue.getTime()) {
        if (now - nightlyDue.getTime() > windowMs) {
          options.log.warn('nightly restart skipped: the kiosk was busy all window', { due: nightlyDue.toISOString() });
          nightlyDue = nextDailyTime(new Date(now), options.nightlyAt as number);
        } else if (options.isIdle()) {
          return fire('nightly restart');
        }
      }
      return null;
    },
    /** When the next nightly restart is due, for logs and the doctor. */
    nextNightly: (): Date | null => nightlyDue,
  };
}
export type RestartPlanner = ReturnType<typeof createRestartPlanner>;

/**
 * Tracks citizen activity from the calls the renderer makes: the kiosk is idle when no call other
 * than the background ones arrived for `quietMs` (the renderer's idle timeout plus its countdown).
 */
export function createActivityTracker(options: { now: () => Date; quietMs: number; background?: (method: string) => boolean }) {
  const background = options.background ?? ((method: string) => method.startsWith('system.'));
  let last = Number.NEGATIVE_INFINITY;
  return {
    touch(method: unknown): void {
      if (typeof method === 'string' && background(method)) return;
      last = options.now().getTime();
    },
    /** A session ended: the kiosk is free again at once. */
    reset(): void {
      last = Number.NEGATIVE_INFINITY;
    },
    isIdle: (): boolean => options.now().getTime() - last >= options.quietMs,
  };
}
