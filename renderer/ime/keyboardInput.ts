import type { LookupOptions } from './candidates';
import { type CandidatePage, type PageLimits, PinyinComposition } from './composition';
import type { PinyinDictionary } from './dictionary';
import { subjoined } from './minorityLayouts';

/** What fits the candidate bar at the keyboard's width: six short words, or fewer long ones. */
export const CANDIDATE_PAGE: PageLimits = { items: 6, characters: 11 };

/**
 * 中 (pinyin), 手写 (handwriting), 英 (Latin letters), 123 (digits and the punctuation of names and
 * addresses), and on kiosks that offer them Uyghur and Tibetan.
 */
export type KeyboardMode = 'pinyin' | 'handwriting' | 'latin' | 'digits' | 'uyghur' | 'tibetan';

export interface KeyboardView {
  mode: KeyboardMode;
  shifted: boolean;
  /** Tibetan: the next consonant goes under the one before. */
  stacking: boolean;
  /** The word being typed as shown above the candidates: chosen characters, then the open letters. */
  composing: string;
  page: CandidatePage | undefined;
}

export interface KeyboardInputOptions {
  maxLength: number;
  /**
   * Absent while the dictionary loads (and for fields that take no Chinese). Pinyin typed meanwhile
   * waits above the keys and becomes the composition when it arrives; finished before that (or if
   * it never comes), it goes in as typed.
   */
  dictionary?: PinyinDictionary;
  page: PageLimits;
  lookup?: LookupOptions;
  initialMode?: KeyboardMode;
}

/**
 * The on-screen keyboard's key handling without the buttons: every key takes the field's value and
 * returns the new one. The keyboard component and the typing benchmark both drive this, so the
 * benchmark counts the taps a citizen makes.
 */
export class KeyboardInput {
  private mode: KeyboardMode;
  private shifted = false;
  private stacking = false;
  private composition: PinyinComposition | undefined;
  /** Pinyin typed before the dictionary arrived. */
  private pending = '';

  constructor(private readonly options: KeyboardInputOptions) {
    this.mode = options.initialMode ?? 'latin';
    if (options.dictionary) this.composition = new PinyinComposition(options.dictionary, options.page, options.lookup);
  }

  /** Once the lazily loaded dictionary arrives: what was typed meanwhile becomes its composition. */
  attachDictionary(dictionary: PinyinDictionary): void {
    this.composition = new PinyinComposition(dictionary, this.options.page, this.options.lookup);
    for (const key of this.pending) this.composition.type(key);
    this.pending = '';
  }

  view(): KeyboardView {
    if (this.mode === 'pinyin' && this.pending)
      return { mode: this.mode, shifted: this.shifted, stacking: this.stacking, composing: this.pending, page: undefined };
    const composition = this.mode === 'pinyin' ? this.composition : undefined;
    const composing = composition && !composition.isEmpty ? composition.chosen + composition.remaining : '';
    return { mode: this.mode, shifted: this.shifted, stacking: this.stacking, composing, page: composing ? composition?.page() : undefined };
  }

  /** A letter, digit or symbol key. */
  press(value: string, key: string): string {
    if (this.mode === 'pinyin' && /^[a-z']$/.test(key)) {
      if (!this.composition) {
        if (value.length + this.pending.length < this.options.maxLength) this.pending += key;
        return value;
      }
      if (value.length + this.composition.chosen.length >= this.options.maxLength) return value;
      this.composition.type(key);
      return value;
    }
    const before = this.flush(value);
    const text = this.stacking ? subjoined(key) : this.shifted && this.mode === 'latin' ? key.toUpperCase() : key;
    this.shifted = false;
    this.stacking = false;
    return before.length + text.length > this.options.maxLength ? before : before + text;
  }

  choose(value: string, positionOnPage: number): string {
    const text = this.composition?.choose(positionOnPage);
    return text === undefined ? value : this.append(value, text);
  }

  /** Text from elsewhere than the keys (a handwritten character), after whatever was being typed. */
  insert(value: string, text: string): string {
    return this.append(this.flush(value), text);
  }

  nextPage(): void {
    this.composition?.nextPage();
  }

  previousPage(): void {
    this.composition?.previousPage();
  }

  /** Takes a letter out of the pinyin being typed, or else a character out of the field. */
  backspace(value: string): string {
    if (this.mode === 'pinyin' && this.pending) {
      this.pending = this.pending.slice(0, -1);
      return value;
    }
    if (this.mode === 'pinyin' && this.composition?.backspace()) return value;
    return Array.from(value).slice(0, -1).join('');
  }

  /** While typing pinyin it chooses the first candidate, as on every Chinese keyboard; otherwise a space. */
  space(value: string): string {
    // No dictionary yet, so no candidate: the letters go in as typed.
    if (this.mode === 'pinyin' && this.pending) return this.flush(value);
    if (this.mode === 'pinyin' && this.composition && !this.composition.isEmpty) return this.choose(value, 0);
    return this.press(value, ' ');
  }

  toggleShift(): void {
    this.shifted = !this.shifted;
  }

  toggleStacking(): void {
    this.stacking = !this.stacking;
  }

  setMode(value: string, mode: KeyboardMode): string {
    const next = this.flush(value);
    this.mode = mode;
    this.shifted = false;
    this.stacking = false;
    return next;
  }

  /** The field is finished: whatever is being typed goes in as it stands. */
  done(value: string): string {
    return this.flush(value);
  }

  clear(): string {
    this.composition?.clear();
    this.pending = '';
    return '';
  }

  private flush(value: string): string {
    if (this.pending) {
      const typed = this.pending;
      this.pending = '';
      return this.append(value, typed);
    }
    if (!this.composition || this.composition.isEmpty) return value;
    return this.append(value, this.composition.flush());
  }

  private append(value: string, text: string): string {
    return (value + text).slice(0, Math.max(value.length, this.options.maxLength));
  }
}
