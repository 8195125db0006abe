import type { Health, SystemInfo } from '../../../common/contract/services/system';

export interface HealthProbe {
  readonly id: string;
  check(): Promise<{ ok: boolean; detail: string }>;
}

export interface SystemServiceDeps {
  info: () => SystemInfo;
  probes: HealthProbe[];
  now?: () => Date;
  /** A probe that does not answer in time counts as failed rather than holding the screen. */
  probeTimeoutMs?: number;
}

export function createSystemService(deps: SystemServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const timeoutMs = deps.probeTimeoutMs ?? 3000;
  const runProbe = async (probe: HealthProbe) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<{ ok: boolean; detail: string }>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, detail: `no answer within ${timeoutMs} ms` }), timeoutMs);
    });
    try {
      const result = await Promise.race([probe.check(), timeout]);
      return { id: probe.id, ok: result.ok, detail: result.detail.slice(0, 500) };
    } catch (error) {
      return { id: probe.id, ok: false, detail: error instanceof Error ? error.message.slice(0, 500) : 'failed' };
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    info: (): SystemInfo => deps.info(),
    async health(): Promise<Health> {
      const checks = await Promise.all(deps.probes.map(runProbe));
      return { status: checks.every((c) => c.ok) ? 'ok' : 'degraded', checkedAt: now().toISOString(), checks };
    },
  };
}
export type SystemService = ReturnType<typeof createSystemService>;
