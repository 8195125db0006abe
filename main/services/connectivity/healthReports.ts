import type { Health } from '../../../common/contract/services/system';
import type { LinkMonitor } from './linkMonitor';

/** The health check the identity link's last observation replaces when it is newer than the probe. */
export const identityCheckId = 'identityApi';

export interface HealthReports {
  /** Probes now; the answer includes the newest view of the identity link. */
  check(): Promise<Health>;
  /** The identity link changed: report at once, and probe often until all is well again. */
  linkChanged(): void;
  stop(): void;
}

/**
 * The kiosk's health as the status bar shows it: the probes, with the identity API's check taken
 * from whatever is newer, the probe or the last real call. Probes run every `intervalMs` while all
 * is well and every `degradedIntervalMs` while not, so a recovery shows within seconds too.
 */
export function startHealthReports(options: {
  probe: () => Promise<Health>;
  link: Pick<LinkMonitor, 'latest'>;
  emit: (health: Health) => void;
  intervalMs: number;
  degradedIntervalMs: number;
  now?: () => number;
}): HealthReports {
  const now = options.now ?? Date.now;
  let probed: { health: Health; at: number } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  function merged(): Health | undefined {
    if (!probed) return undefined;
    const link = options.link.latest();
    const fresher = link && link.at > probed.at ? link : undefined;
    const checks = probed.health.checks.map((c) => (fresher && c.id === identityCheckId ? { id: c.id, ok: fresher.ok, detail: fresher.detail } : c));
    return { status: checks.every((c) => c.ok) ? 'ok' : 'degraded', checkedAt: new Date(fresher?.at ?? probed.at).toISOString(), checks };
  }

  function schedule(health: Health | undefined): void {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(() => void report(), health?.status === 'degraded' ? options.degradedIntervalMs : options.intervalMs);
    timer.unref?.();
  }

  async function check(): Promise<Health> {
    const health = await options.probe();
    probed = { health, at: now() };
    return merged() ?? health;
  }

  async function report(): Promise<void> {
    const health = await check();
    if (stopped) return;
    options.emit(health);
    schedule(health);
  }

  schedule(undefined);
  return {
    check,
    linkChanged() {
      const health = merged();
      if (!health) return;
      options.emit(health);
      schedule(health);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
