import type { PinyinToken } from './segmentation';

export interface DictionaryEntry {
  text: string;
  syllables: readonly string[];
  /** Relative frequency; higher ranks first. */
  weight: number;
}

/** First line of the compact resource written at build time; a file without it is refused. */
export const DICTIONARY_HEADER = '#hall-kiosk-pinyin 1';

/**
 * Words and characters by reading, also indexed by the first letters of their syllables, so full
 * pinyin, initials (`fzmj`) and a mix of both find a word in one bucket. A reading's words are
 * parsed when first asked for, which keeps loading to one pass over the lines. Read-only: nothing a
 * citizen types changes it, so no choice outlives the session.
 */
export class PinyinDictionary {
  private readonly wordsByReading = new Map<string, string>();
  private readonly readingsByInitials = new Map<string, string[]>();
  private readonly entriesByReading = new Map<string, DictionaryEntry[]>();
  private readonly entriesByInitials = new Map<string, DictionaryEntry[]>();
  readonly size: number;

  /**
   * The compact form: one line per reading, `syllables<TAB>word weight<TAB>word weight…`, words by
   * weight.
   */
  constructor(resource: string) {
    const lines = resource.split('\n');
    if (lines[0] !== DICTIONARY_HEADER) throw new Error('Not a pinyin dictionary resource');
    let size = 0;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i] as string;
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const reading = line.slice(0, tab);
      this.wordsByReading.set(reading, line.slice(tab + 1));
      const initials = initialsOf(reading);
      const readings = this.readingsByInitials.get(initials);
      if (readings) readings.push(reading);
      else this.readingsByInitials.set(initials, [reading]);
      for (let at = tab; at >= 0; at = line.indexOf('\t', at + 1)) size++;
    }
    this.size = size;
  }

  /** Builds the compact form from entries (tests, and the build script's check). */
  static fromEntries(entries: readonly DictionaryEntry[]): PinyinDictionary {
    const byReading = new Map<string, DictionaryEntry[]>();
    for (const entry of entries) {
      const reading = entry.syllables.join(' ');
      byReading.set(reading, [...(byReading.get(reading) ?? []), entry]);
    }
    const lines = [...byReading].map(([reading, words]) =>
      [reading, ...words.sort((a, b) => b.weight - a.weight).map((w) => `${w.text} ${w.weight}`)].join('\t'),
    );
    return new PinyinDictionary([DICTIONARY_HEADER, ...lines].join('\n'));
  }

  /**
   * Up to `limit` entries with as many syllables as tokens, each syllable equal to a whole token or
   * starting with a partial one; by weight. The limit keeps a one-letter lookup (`s`) from walking
   * thousands of characters on every key.
   */
  matching(tokens: readonly PinyinToken[], limit: number): DictionaryEntry[] {
    if (tokens.every((t) => t.complete)) return this.entriesOf(tokens.map((t) => t.text).join(' ')).slice(0, limit);
    const found: DictionaryEntry[] = [];
    for (const entry of this.initialsBucket(tokens.map((t) => t.text[0]).join(''))) {
      const fits = tokens.every((token, i) => {
        const syllable = entry.syllables[i] as string;
        return token.complete ? syllable === token.text : syllable.startsWith(token.text);
      });
      if (fits && found.push(entry) >= limit) break;
    }
    return found;
  }

  private entriesOf(reading: string): DictionaryEntry[] {
    const known = this.entriesByReading.get(reading);
    if (known) return known;
    const words = this.wordsByReading.get(reading);
    if (words === undefined) return [];
    const syllables = reading.split(' ');
    const entries = words.split('\t').map((word) => {
      const space = word.lastIndexOf(' ');
      return { text: word.slice(0, space), syllables, weight: Number(word.slice(space + 1)) };
    });
    this.entriesByReading.set(reading, entries);
    return entries;
  }

  /** All readings with these first letters, merged by weight. */
  private initialsBucket(initials: string): DictionaryEntry[] {
    const known = this.entriesByInitials.get(initials);
    if (known) return known;
    const entries = (this.readingsByInitials.get(initials) ?? []).flatMap((reading) => this.entriesOf(reading)).sort((a, b) => b.weight - a.weight);
    this.entriesByInitials.set(initials, entries);
    return entries;
  }
}

/** `fu zhou` → `fz`, without a regular expression: this runs once per line while loading. */
function initialsOf(reading: string): string {
  let initials = reading[0] as string;
  for (let at = reading.indexOf(' '); at >= 0; at = reading.indexOf(' ', at + 1)) initials += reading[at + 1];
  return initials;
}
