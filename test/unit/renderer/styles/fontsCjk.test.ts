import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../../..');

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file, keep) : keep(file) ? [file] : [];
  });
}

/** The code points a generated face's `unicode-range` lists. */
function rangeOf(css: string, file: string): Set<number> {
  const face = css.split('@font-face').find((f) => f.includes(`../fonts/${file}`));
  const list = /unicode-range:([^;]+);/.exec(face ?? '')?.[1] ?? '';
  const points = new Set<number>();
  for (const part of list.split(',')) {
    const [from, to] = part
      .trim()
      .slice(2)
      .split('-')
      .map((hex) => parseInt(hex, 16));
    if (from === undefined || Number.isNaN(from)) continue;
    for (let cp = from; cp <= (to ?? from); cp++) points.add(cp);
  }
  return points;
}

describe('the Chinese font slices (scripts/subsetCjkFont.sh)', () => {
  const css = readFileSync(path.join(root, 'renderer/styles/fontsCjk.css'), 'utf8');
  const ui = rangeOf(css, 'NotoSansSC-UI-Regular.woff2');
  const rest = rangeOf(css, 'NotoSansSC-GB2312-Regular.woff2');

  it('hold every hanzi of the UI text in the small slice the attract screen fetches (re-run the script after adding some)', () => {
    const sources = [
      ...filesUnder(path.join(root, 'renderer'), (f) => f.endsWith('.ts') || f.endsWith('.vue')),
      ...filesUnder(path.join(root, 'common'), () => true),
    ];
    const hanzi = new Set<number>();
    for (const file of sources) {
      for (const ch of readFileSync(file, 'utf8')) {
        const cp = ch.codePointAt(0) ?? 0;
        if (cp >= 0x4e00 && cp <= 0x9fff) hanzi.add(cp);
      }
    }
    const missing = [...hanzi].filter((cp) => !ui.has(cp)).map((cp) => String.fromCodePoint(cp));
    expect(missing).toEqual([]);
    expect(ui.size).toBeGreaterThan(500);
  });

  it('claim no code point twice, so only one file is fetched for a character', () => {
    expect([...ui].filter((cp) => rest.has(cp))).toEqual([]);
    expect(rest.has(0x946b)).toBe(true);
    // Marks every page carries are the Latin face's, never a reason to fetch the big file.
    for (const mark of [0x2060, 0x2066, 0x2069, 0x200b]) expect(rest.has(mark)).toBe(false);
  });
});
