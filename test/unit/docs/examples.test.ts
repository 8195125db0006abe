import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultHallConfig } from '../../../common/config/defaultHallConfig';
import { provinceIds } from '../../../common/profiles';
import { loadHallConfig } from '../../../main/services/config/loadHallConfig';

const root = path.resolve(import.meta.dirname, '../../..');
const examplesDir = path.join(root, 'docs/examples');
const examples = readdirSync(examplesDir).filter((f) => /^hall-.+\.json$/.test(f));

/** Every leaf setting's path, arrays as `[]` (e.g. `staff.members[].id`). */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => leafPaths(v, `${prefix}[]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe('docs/examples hall configs', () => {
  it('has one example per province profile', () => {
    expect(examples.map((f) => f.slice('hall-'.length, -'.json'.length)).sort()).toEqual([...provinceIds].sort());
  });

  it.each(examples)('%s loads through loadHallConfig as a valid production config', (file) => {
    const loaded = loadHallConfig({ configPath: path.join(examplesDir, file), env: {} });
    expect(loaded.config.mode).toBe('production');
    expect(`hall-${loaded.config.province}.json`).toBe(file);
    // Complete: nothing silently inherited from the demo default.
    const own = JSON.parse(readFileSync(path.join(examplesDir, file), 'utf8')) as object;
    for (const key of Object.keys(defaultHallConfig)) expect(own, key).toHaveProperty(key);
  });
});

describe('docs/operations.md', () => {
  const text = readFileSync(path.join(root, 'docs/operations.md'), 'utf8');

  it('documents every hall config setting', () => {
    const all = new Set(
      [defaultHallConfig, ...examples.map((f) => JSON.parse(readFileSync(path.join(examplesDir, f), 'utf8')) as object)].flatMap((c) => leafPaths(c)),
    );
    const missing = [...all].filter((p) => !text.includes(`\`${p}\``));
    expect(missing).toEqual([]);
  });

  it('points at example files that exist', () => {
    for (const file of examples) expect(text).toContain(file.replace(/^hall-/, ''));
  });
});
