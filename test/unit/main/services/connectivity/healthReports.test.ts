import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Health } from '../../../../../common/contract/services/system';
import { startHealthReports } from '../../../../../main/services/connectivity/healthReports';
import type { LinkObservation } from '../../../../../main/services/connectivity/linkMonitor';

beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
afterEach(() => vi.useRealTimers());

function setup() {
  let identityOk = true;
  let link: LinkObservation | undefined;
  const probes: number[] = [];
  const emitted: Health[] = [];
  const reports = startHealthReports({
    probe: async () => {
      probes.push(Date.now());
      return {
        status: identityOk ? 'ok' : 'degraded',
        checkedAt: new Date().toISOString(),
        checks: [
          { id: 'dataDir', ok: true, detail: 'writable' },
          { id: 'identityApi', ok: identityOk, detail: identityOk ? 'reachable' : '503' },
        ],
      };
    },
    link: { latest: () => link },
    emit: (health) => emitted.push(health),
    intervalMs: 30_000,
    degradedIntervalMs: 5000,
  });
  return {
    reports,
    probes,
    emitted,
    setIdentity: (ok: boolean) => (identityOk = ok),
    observe: (ok: boolean) => (link = { ok, detail: ok ? 'answered' : 'call failed', at: Date.now() }),
  };
}

describe('health reports', () => {
  it('a failed call after the probe turns the report at once, without waiting for the next probe', async () => {
    const h = setup();
    expect((await h.reports.check()).status).toBe('ok');
    await vi.advanceTimersByTimeAsync(1000);
    h.observe(false);
    h.reports.linkChanged();
    expect(h.emitted.at(-1)).toMatchObject({ status: 'degraded', checks: [{ ok: true }, { id: 'identityApi', ok: false, detail: 'call failed' }] });
    h.reports.stop();
  });

  it('probes every 5 s while degraded and every 30 s while well', async () => {
    const h = setup();
    h.setIdentity(false);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(h.emitted.at(-1)?.status).toBe('degraded');
    await vi.advanceTimersByTimeAsync(5000);
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.probes).toHaveLength(3);
    h.setIdentity(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.emitted.at(-1)?.status).toBe('ok');
    await vi.advanceTimersByTimeAsync(25_000);
    expect(h.probes).toHaveLength(4);
    h.reports.stop();
  });

  it('a probe newer than the last call wins', async () => {
    const h = setup();
    h.observe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect((await h.reports.check()).status).toBe('ok');
    h.reports.stop();
  });
});
