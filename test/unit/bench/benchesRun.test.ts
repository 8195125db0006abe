import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every bench runs at its smallest size (`npm run bench -- --short <name>`) and must finish green and
 * print a ratio against its in-run baseline, so no bench rots between the times someone measures.
 */
const root = join(__dirname, '../../..');
const benches = readdirSync(join(root, 'test/bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''));

describe('npm run bench -- --short', () => {
  it.each(benches)('%s runs green and prints its figures', { timeout: 600_000 }, (name) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'test/bench/run.ts'), '--short', name], { cwd: root, encoding: 'utf8' });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`=== ${name}\\.bench\\.ts \\(short\\) ===`));
  });
});
