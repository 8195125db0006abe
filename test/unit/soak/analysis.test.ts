import { describe, expect, it } from 'vitest';
import { afterWarmUp, judge, leastSquaresSlope } from '../../soak/analysis';
import type { SoakSample } from '../../soak/probes';

const flat: Omit<SoakSample, 'sessions' | 'at'> = {
  heapUsedBytes: 8 * 1024 * 1024,
  domNodes: 243,
  jsEventListeners: 76,
  documents: 2,
  servicesRssBytes: 170 * 1024 * 1024,
  servicesOpenFds: 37,
  kioskDbBytes: 61_440,
  kioskWalBytes: 0,
  identityApiDbBytes: 4096,
  identityApiWalBytes: 300_000,
};

const run = (every: number, last: number, grow: (sessions: number) => Partial<SoakSample>): SoakSample[] =>
  Array.from({ length: last / every + 1 }, (_, i) => i * every).map((sessions) => ({ ...flat, sessions, at: '', ...grow(sessions) }));

describe('soak analysis', () => {
  it('fits the least-squares slope through noisy points', () => {
    expect(leastSquaresSlope([0, 1, 2, 3].map((x) => ({ x, y: 5 + 2 * x + (x % 2 ? 0.1 : -0.1) })))).toBeCloseTo(2.04, 6);
  });

  it('drops the first tenth of the run and never fewer than three rounds of the rotation', () => {
    expect(afterWarmUp(run(4, 24, () => ({}))).map((s) => s.sessions)).toEqual([12, 16, 20, 24]);
    expect(afterWarmUp(run(50, 1000, () => ({})))[0]?.sessions).toBe(100);
  });

  it('calls a warm-up that levels off flat, and a listener added per session growth', () => {
    const warmingUp = run(4, 24, (s) => ({ heapUsedBytes: (4 + Math.min(s, 12) / 3) * 1024 * 1024 }));
    expect(judge(warmingUp).every((v) => v.flat !== false)).toBe(true);
    const leaking = run(4, 24, (s) => ({ jsEventListeners: 76 + s, heapUsedBytes: (8 + s / 10) * 1024 * 1024 }));
    const grows = judge(leaking)
      .filter((v) => v.flat === false)
      .map((v) => [v.series.key, Math.round(v.slopePer100)]);
    expect(grows).toEqual([
      ['heapUsedBytes', 10],
      ['jsEventListeners', 100],
    ]);
  });
});
