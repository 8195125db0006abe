import { type Candidate, type LookupOptions, lookupCandidates } from './candidates';
import type { PinyinDictionary } from './dictionary';

interface Selection {
  text: string;
  /** Typed characters this choice used up. */
  typedLength: number;
}

/** How much one page of the candidate bar holds: at most so many candidates, and so many characters between them. */
export interface PageLimits {
  items: number;
  characters: number;
}

export interface CandidatePage {
  items: readonly Candidate[];
  /** Zero-based. */
  index: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

/**
 * Pinyin being typed and the words chosen for its front so far. Choosing 福州 for `fuzhoumj` keeps
 * `mj` open for more typing; the chosen words and the rest go to the field together once every
 * letter has its characters. Backspace takes letters off the end and, past a choice, gives that
 * choice's letters back to the typing. Holds nothing beyond the current word.
 */
export class PinyinComposition {
  private typed = '';
  private selections: Selection[] = [];
  private pageIndex = 0;
  private cache: { typed: string; candidates: Candidate[] } | undefined;

  constructor(
    private readonly dictionary: PinyinDictionary,
    private readonly limits: PageLimits,
    private readonly options: LookupOptions = {},
  ) {}

  get isEmpty(): boolean {
    return this.typed.length === 0;
  }

  /** Letters not yet turned into characters. */
  get remaining(): string {
    return this.typed.slice(this.selections.reduce((sum, s) => sum + s.typedLength, 0));
  }

  get chosen(): string {
    return this.selections.map((s) => s.text).join('');
  }

  type(letter: string): void {
    if (!/^[a-z']$/.test(letter)) throw new Error(`Not a pinyin key: ${letter}`);
    if (letter === "'" && (this.remaining === '' || this.remaining.endsWith("'"))) return;
    this.typed += letter;
    this.pageIndex = 0;
  }

  candidates(): Candidate[] {
    const remaining = this.remaining;
    if (!remaining) return [];
    if (this.cache?.typed !== remaining) this.cache = { typed: remaining, candidates: lookupCandidates(this.dictionary, remaining, this.options) };
    return this.cache.candidates;
  }

  page(): CandidatePage {
    const all = this.candidates();
    const starts = this.pageStarts(all);
    const start = starts[this.pageIndex] ?? 0;
    const end = starts[this.pageIndex + 1] ?? all.length;
    return { items: all.slice(start, end), index: this.pageIndex, hasPrevious: this.pageIndex > 0, hasNext: end < all.length };
  }

  /** Pages fill up to the limits; a candidate longer than a whole page gets a page of its own. */
  private pageStarts(all: readonly Candidate[]): number[] {
    const starts = [0];
    let items = 0;
    let characters = 0;
    all.forEach((candidate, i) => {
      const length = Array.from(candidate.text).length;
      if (items > 0 && (items + 1 > this.limits.items || characters + length > this.limits.characters)) {
        starts.push(i);
        items = 0;
        characters = 0;
      }
      items++;
      characters += length;
    });
    return starts;
  }

  nextPage(): void {
    if (this.page().hasNext) this.pageIndex++;
  }

  previousPage(): void {
    if (this.pageIndex > 0) this.pageIndex--;
  }

  /**
   * Chooses the candidate at this position on the current page. Returns the text for the field when
   * the choice finishes the word, undefined while letters are left.
   */
  choose(positionOnPage: number): string | undefined {
    const candidate = this.page().items[positionOnPage];
    if (!candidate) return undefined;
    this.selections.push({ text: candidate.text, typedLength: candidate.consumed });
    this.pageIndex = 0;
    if (this.remaining.replace(/'/g, '') !== '') return undefined;
    const text = this.chosen;
    this.clear();
    return text;
  }

  /** False when there was nothing to take back, so the key should delete from the field instead. */
  backspace(): boolean {
    if (this.isEmpty) return false;
    this.typed = this.typed.slice(0, -1);
    while (this.selections.length > 0 && this.remaining === '') this.selections.pop();
    this.pageIndex = 0;
    return true;
  }

  /** What the field gets when the citizen confirms mid-word: the chosen characters and the letters as typed. */
  flush(): string {
    const text = this.chosen + this.remaining.replace(/'/g, '');
    this.clear();
    return text;
  }

  clear(): void {
    this.typed = '';
    this.selections = [];
    this.pageIndex = 0;
    this.cache = undefined;
  }
}
