import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench`: every `*.bench.ts` here, one after another in its own process so they do not
 * disturb each other's figures. `npm run bench -- idcard outbox` runs only those; `--short` (or
 * BENCH_SHORT=1) runs each at its smallest size, as CI does, so no bench rots unnoticed.
 */
const dir = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const short = args.includes('--short') || process.env.BENCH_SHORT === '1';
const only = args.filter((a) => !a.startsWith('--'));
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .sort();
// Sizes for the benches that read their own variables; an explicit setting wins.
const shortSizes: Record<string, string> = { BENCH_SHORT: '1', BENCH_KIOSKS: '8', BENCH_ITEMS: '1', BENCH_OUTAGE_SECONDS: '2', FACE_BENCH_MS: '1500' };
const env = short ? { ...shortSizes, ...process.env, BENCH_SHORT: '1' } : process.env;
let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file}${short ? ' (short)' : ''} ===`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, file)], { stdio: 'inherit', env });
  console.log(`(${file}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (result.status !== 0) {
    failed += 1;
    console.error(`${file} failed with exit code ${result.status}`);
  }
}
process.exit(failed ? 1 : 0);
