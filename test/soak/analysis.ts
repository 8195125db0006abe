import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SoakSample } from './probes';

/** The series a soak judges, with how each is shown and its limit on growth per 100 sessions after warm-up. */
export interface SoakSeries {
  key: keyof Omit<SoakSample, 'sessions' | 'at'>;
  label: string;
  unit: 'MiB' | 'count' | 'KiB';
  /** Largest slope per 100 sessions that still counts as flat; absent: reported, not judged. */
  limitPer100?: number;
}

export const soakSeries: readonly SoakSeries[] = [
  { key: 'heapUsedBytes', label: 'renderer JS heap', unit: 'MiB', limitPer100: 4 },
  { key: 'domNodes', label: 'DOM nodes', unit: 'count', limitPer100: 200 },
  { key: 'jsEventListeners', label: 'JS event listeners', unit: 'count', limitPer100: 50 },
  { key: 'documents', label: 'documents', unit: 'count', limitPer100: 2 },
  { key: 'servicesRssBytes', label: 'services RSS', unit: 'MiB', limitPer100: 32 },
  { key: 'servicesOpenFds', label: 'services open fds', unit: 'count', limitPer100: 5 },
  { key: 'kioskDbBytes', label: 'kiosk DB', unit: 'KiB' },
  { key: 'kioskWalBytes', label: 'kiosk WAL', unit: 'KiB' },
  { key: 'identityApiDbBytes', label: 'reference API DB', unit: 'KiB' },
  { key: 'identityApiWalBytes', label: 'reference API WAL', unit: 'KiB' },
];

/** The kiosk's WAL must stay below this however long it runs: checkpoints keep it from growing with the sessions. */
export const kioskWalCapBytes = 64 * 1024 * 1024;

const scale = { MiB: 1024 * 1024, KiB: 1024, count: 1 } as const;
export const inUnit = (series: SoakSeries, value: number): number => value / scale[series.unit];

/** Least-squares slope of y over x. */
export function leastSquaresSlope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) throw new Error('a slope needs two points');
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  return sxy / sxx;
}

/**
 * Sessions that count as warm-up: the first tenth of the run, and at least three rounds of the
 * four-session rotation (each flow's script, the face detector and the JIT settle over those).
 */
export const warmUpSessions = (lastSession: number): number => Math.max(Math.ceil(lastSession / 10), 12);

/** The samples after warm-up, judged by what was run (a run stopped early is judged on its own length). */
export function afterWarmUp(samples: readonly SoakSample[]): SoakSample[] {
  const warmUp = warmUpSessions(samples[samples.length - 1]?.sessions ?? 0);
  return samples.filter((s) => s.sessions >= warmUp);
}

export interface SeriesVerdict {
  series: SoakSeries;
  slopePer100: number;
  first: number;
  last: number;
  max: number;
  flat: boolean | undefined;
}

/** Each series' slope per 100 sessions after warm-up (in its unit) and whether it is within its limit. */
export function judge(samples: readonly SoakSample[]): SeriesVerdict[] {
  const kept = afterWarmUp(samples);
  return soakSeries.map((series) => {
    const slopePer100 = inUnit(series, leastSquaresSlope(kept.map((s) => ({ x: s.sessions, y: s[series.key] })))) * 100;
    const values = samples.map((s) => inUnit(series, s[series.key]));
    return {
      series,
      slopePer100,
      first: values[0] as number,
      last: values[values.length - 1] as number,
      max: Math.max(...values),
      flat: series.limitPer100 === undefined ? undefined : slopePer100 < series.limitPer100,
    };
  });
}

const fixed = (v: number, unit: SoakSeries['unit']) => (unit !== 'count' ? v.toFixed(2) : Number.isInteger(v) ? String(v) : v.toFixed(1));

/** The samples as a Markdown table (one row per sample) and the verdicts as a second one. */
export function formatTables(samples: readonly SoakSample[], verdicts: readonly SeriesVerdict[]): string {
  const header = ['sessions', ...soakSeries.map((s) => `${s.label} (${s.unit === 'count' ? 'n' : s.unit})`)];
  const rows = samples.map((s) => [String(s.sessions), ...soakSeries.map((series) => fixed(inUnit(series, s[series.key]), series.unit))]);
  const verdictRows = verdicts.map((v) => [
    v.series.label,
    `${v.slopePer100.toFixed(3)} ${v.series.unit === 'count' ? '' : v.series.unit}`.trim(),
    v.series.limitPer100 === undefined ? '—' : `< ${v.series.limitPer100}`,
    fixed(v.first, v.series.unit),
    fixed(v.last, v.series.unit),
    fixed(v.max, v.series.unit),
    v.flat === undefined ? 'reported' : v.flat ? 'flat' : 'GROWS',
  ]);
  const table = (head: string[], body: string[][]) =>
    [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  return `${table(header, rows)}\n\n${table(['series', 'slope / 100 sessions', 'limit', 'first', 'last', 'max', 'verdict'], verdictRows)}`;
}

/** Writes the samples as CSV and JSON (with the verdicts) under `dir`, named by `name`. */
export function writeSoakResults(
  dir: string,
  name: string,
  samples: readonly SoakSample[],
  verdicts: readonly SeriesVerdict[],
  extra: Record<string, unknown>,
): void {
  mkdirSync(dir, { recursive: true });
  const columns = Object.keys(samples[0] ?? {}) as (keyof SoakSample)[];
  const csv = [columns.join(','), ...samples.map((s) => columns.map((c) => s[c]).join(','))].join('\n');
  writeFileSync(path.join(dir, `${name}.csv`), `${csv}\n`);
  const slopes = verdicts.map((v) => ({
    series: v.series.key,
    unit: v.series.unit,
    slopePer100: v.slopePer100,
    limitPer100: v.series.limitPer100,
    flat: v.flat,
  }));
  writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify({ ...extra, samples, slopes }, null, 2)}\n`);
}
