import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatTables, judge } from './analysis';
import type { SoakSample } from './probes';

/**
 * `npx tsx test/soak/report.ts [test-results/soak/full.json]`: the tables again from a soak's JSON,
 * also for a run stopped before its last session (the file is rewritten at every sample).
 */
const file = path.resolve(process.argv[2] ?? 'test-results/soak/full.json');
const { samples, secondsPerSession } = JSON.parse(readFileSync(file, 'utf8')) as { samples: SoakSample[]; secondsPerSession: number };
console.log(`${file}: ${samples[samples.length - 1]?.sessions ?? 0} sessions, ${secondsPerSession.toFixed(1)} s per session\n`);
console.log(formatTables(samples, judge(samples)));
