import type { DictionaryEntry, PinyinDictionary } from './dictionary';
import { type PinyinToken, segmentPinyin } from './segmentation';

export interface Candidate {
  text: string;
  /** How many typed characters (letters and apostrophes) choosing it uses up, from the front. */
  consumed: number;
}

export interface LookupOptions {
  /** Only single characters (the benchmark's baseline): no words, no sentence. */
  singleCharacters?: boolean;
  /** Stop after this many candidates; the rest of a long list is never paged to. */
  limit?: number;
}

interface Scored extends Candidate {
  score: number;
}

/** A less likely reading of the letters (`xi'an` for `xian`) costs this much log-weight per step of cost. */
const READING_PENALTY = 2.5;
const DEFAULT_LIMIT = 120;
const MAX_SENTENCE_WORDS = 8;
/** Sentences offered, each starting with a different one of the best first words (发展… and 福州… for `fzmj`). */
const SENTENCES = 2;

function skipApostrophes(typed: string, at: number): number {
  let end = at;
  while (typed[end] === "'") end++;
  return end;
}

/**
 * Every reading may offer words that use up all the letters; only the likeliest readings offer
 * words for a front part, so an unlikely split (`hua` + `y` for 花园 inside `huayou`) does not
 * outrank the plain one.
 */
function scoredCandidates(dictionary: PinyinDictionary, typed: string, options: LookupOptions): Scored[] {
  const readings = segmentPinyin(typed);
  const bestCost = readings[0]?.cost ?? 0;
  const found = new Map<string, Scored>();
  const seen = new Map<string, DictionaryEntry[]>();
  const limit = options.limit ?? DEFAULT_LIMIT;
  const matching = (tokens: readonly PinyinToken[]): DictionaryEntry[] => {
    const key = tokens.map((t) => (t.complete ? t.text : `${t.text}-`)).join(' ');
    const known = seen.get(key);
    if (known) return known;
    // Scores within one reading follow weight, so its best `limit` are all the list can use.
    const entries = dictionary.matching(tokens, limit);
    seen.set(key, entries);
    return entries;
  };
  for (const reading of readings) {
    const penalty = (reading.cost - bestCost) * READING_PENALTY;
    const longest = options.singleCharacters ? 1 : reading.tokens.length;
    const shortest = penalty === 0 ? 1 : longest;
    for (let count = longest; count >= shortest; count--) {
      const tokens = reading.tokens.slice(0, count);
      const consumed = skipApostrophes(typed, (tokens[count - 1] as PinyinToken).end);
      for (const entry of matching(tokens)) {
        if (options.singleCharacters && entry.text.length !== 1) continue;
        const score = Math.log(entry.weight + 1) - penalty;
        const known = found.get(entry.text);
        if (!known || known.consumed < consumed || (known.consumed === consumed && known.score < score)) {
          found.set(entry.text, { text: entry.text, consumed, score });
        }
      }
    }
  }
  // Words that use up more of the typing first (what was typed, not a piece of it), then by frequency.
  return [...found.values()].sort((a, b) => b.consumed - a.consumed || b.score - a.score);
}

/** The given first word, then the best word for what is left, and so on to the end of the typing. */
function sentence(dictionary: PinyinDictionary, typed: string, first: Scored): Candidate | undefined {
  let text = first.text;
  let at = first.consumed;
  for (let words = 1; at < typed.length; words++) {
    if (words >= MAX_SENTENCE_WORDS) return undefined;
    const next = scoredCandidates(dictionary, typed.slice(at), {})[0];
    if (!next) return undefined;
    text += next.text;
    at += next.consumed;
  }
  return { text, consumed: typed.length };
}

/**
 * Candidates for typed pinyin, best first. When no single word covers everything typed, whole
 * sentences come first: `fuzhoushiminjiang` offers 福州市闽江 as one tap.
 */
export function lookupCandidates(dictionary: PinyinDictionary, typed: string, options: LookupOptions = {}): Candidate[] {
  const scored = scoredCandidates(dictionary, typed, options);
  const limited = scored.slice(0, options.limit ?? DEFAULT_LIMIT).map(({ text, consumed }) => ({ text, consumed }));
  if (options.singleCharacters || !scored[0] || scored[0].consumed === typed.length) return limited;
  const firstLength = scored[0].consumed;
  const sentences = scored
    .filter((c) => c.consumed === firstLength)
    .slice(0, SENTENCES)
    .map((first) => sentence(dictionary, typed, first))
    .filter((s): s is Candidate => s !== undefined);
  const texts = new Set(sentences.map((s) => s.text));
  return [...sentences.filter((s, i) => sentences.findIndex((o) => o.text === s.text) === i), ...limited.filter((c) => !texts.has(c.text))];
}
