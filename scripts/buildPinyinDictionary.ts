/**
 * Build-time conversion of the pinyin dictionary into the compact resource the renderer loads when a
 * Chinese field first opens (resources/ime/pinyin.dict, served from the app's own origin).
 *
 * Source: Rime's simplified pinyin dictionary from the Debian package rime-data-pinyin-simp
 * (derived from the Android Pinyin IME, Apache License 2.0), plus scripts/pinyinSupplement.tsv
 * (enterprise forms and the places of the four provinces, which should rank well at a tax hall).
 *
 * Usage: npx tsx scripts/buildPinyinDictionary.ts   (RIME_PINYIN_DICT=<file> for another copy)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DICTIONARY_HEADER } from '../renderer/ime/dictionary';
import { isSyllable } from '../renderer/ime/syllables';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const RIME_DICTIONARY = process.env.RIME_PINYIN_DICT ?? '/usr/share/rime-data/pinyin_simp.dict.yaml';
export const SUPPLEMENT = join(root, 'scripts/pinyinSupplement.tsv');
export const PINYIN_RESOURCE = join(root, 'resources/ime/pinyin.dict');

interface Row {
  word: string;
  reading: string;
  weight: number;
}

/** `word<TAB>syllables<TAB>weight` rows; Rime's YAML header (up to `...`) and `#` comments skipped. */
function rows(text: string): Row[] {
  const body = text.includes('\n...\n') ? text.slice(text.indexOf('\n...\n') + 5) : text;
  const out: Row[] = [];
  for (const line of body.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [word, reading, weight] = line.split('\t');
    if (!word || !reading) continue;
    out.push({ word, reading: reading.trim(), weight: Number(weight ?? 0) || 0 });
  }
  return out;
}

/**
 * Merges the general dictionary and the supplement (the higher weight of a word and reading wins)
 * into one line per reading, words by weight. Readings with a syllable the engine never forms
 * (the interjections m, n, ng) are dropped.
 */
export function convertPinyinDictionary(rimeText: string, supplementText: string): string {
  const weights = new Map<string, Map<string, number>>();
  for (const { word, reading, weight } of [...rows(rimeText), ...rows(supplementText)]) {
    if (!reading.split(' ').every(isSyllable)) continue;
    const words = weights.get(reading) ?? new Map<string, number>();
    words.set(word, Math.max(weight, words.get(word) ?? 0));
    weights.set(reading, words);
  }
  const lines = [...weights.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([reading, words]) => [reading, ...[...words.entries()].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${w} ${n}`)].join('\t'));
  return `${DICTIONARY_HEADER}\n${lines.join('\n')}\n`;
}

function main(): void {
  if (!existsSync(RIME_DICTIONARY)) {
    console.error(`missing ${RIME_DICTIONARY}: apt-get install rime-data-pinyin-simp`);
    process.exit(1);
  }
  const resource = convertPinyinDictionary(readFileSync(RIME_DICTIONARY, 'utf8'), readFileSync(SUPPLEMENT, 'utf8'));
  mkdirSync(dirname(PINYIN_RESOURCE), { recursive: true });
  writeFileSync(PINYIN_RESOURCE, resource);
  console.log(`pinyin dictionary: ${PINYIN_RESOURCE} (${(Buffer.byteLength(resource) / 1024).toFixed(0)} KiB)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
