import type { Logger } from '../log/logger';

/** Memory the kiosk uses now; `totalBytes` is what the limit applies to. */
export interface MemorySample {
  totalBytes: number;
  /** Per-process or per-kind breakdown for the log (bytes). */
  detail?: Record<string, number>;
}

export interface MemoryWatchdogOptions {
  sample: () => MemorySample | Promise<MemorySample>;
  /** Above this for `consecutive` samples in a row, a restart is requested. */
  limitBytes: number;
  /** Logged once per excursion above it; default 80 % of the limit. */
  warnBytes?: number;
  /** Samples over the limit in a row before acting, so a transient peak (a face capture) is ignored. Default 3. */
  consecutive?: number;
  /** Asks for a restart; called once per excursion. */
  onLimit: (reason: string, sample: MemorySample) => void;
  log: Logger;
}

export type MemoryVerdict = 'ok' | 'warn' | 'limit';

const mib = (bytes: number) => Math.round(bytes / (1024 * 1024));

/**
 * Watches the kiosk's memory across days of uptime: logs a warning when it runs high and asks for
 * a restart when it stays above the limit. Pure logic: the caller samples and schedules `check`.
 */
export function createMemoryWatchdog(options: MemoryWatchdogOptions) {
  const warnBytes = options.warnBytes ?? Math.floor(options.limitBytes * 0.8);
  const needed = Math.max(1, options.consecutive ?? 3);
  let over = 0;
  let warned = false;
  let requested = false;
  let peak = 0;
  return {
    async check(): Promise<MemoryVerdict> {
      let sample: MemorySample;
      try {
        sample = await options.sample();
      } catch (error) {
        options.log.warn('memory watchdog: sampling failed', { error });
        return 'ok';
      }
      peak = Math.max(peak, sample.totalBytes);
      const fields = { totalMiB: mib(sample.totalBytes), limitMiB: mib(options.limitBytes), ...mibDetail(sample.detail) };
      if (sample.totalBytes < warnBytes) {
        over = 0;
        warned = false;
        requested = false;
        return 'ok';
      }
      if (!warned) {
        warned = true;
        options.log.warn('memory running high', fields);
      }
      if (sample.totalBytes < options.limitBytes) {
        over = 0;
        return 'warn';
      }
      over += 1;
      if (over >= needed && !requested) {
        requested = true;
        options.log.error('memory above the limit; restart requested', { ...fields, samples: over });
        options.onLimit(`memory ${mib(sample.totalBytes)} MiB above the ${mib(options.limitBytes)} MiB limit`, sample);
      }
      return over >= needed ? 'limit' : 'warn';
    },
    /** Highest total seen, for the health view. */
    peakBytes: () => peak,
  };
}
export type MemoryWatchdog = ReturnType<typeof createMemoryWatchdog>;

function mibDetail(detail: Record<string, number> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(detail ?? {})) out[`${k}MiB`] = mib(v);
  return out;
}

/** This Node process alone (the browser shell's main; Chromium is a separate process). */
export function nodeProcessSample(): MemorySample {
  const usage = process.memoryUsage();
  return { totalBytes: usage.rss, detail: { rss: usage.rss, heapUsed: usage.heapUsed, external: usage.external } };
}
