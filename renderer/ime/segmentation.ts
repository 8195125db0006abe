import { MAX_SYLLABLE_LENGTH, isSyllable, isSyllablePrefix } from './syllables';

/** One piece of typed pinyin: a whole syllable (`zhou`) or the beginning of one (`zh`, `z`). */
export interface PinyinToken {
  text: string;
  complete: boolean;
  /** Offsets in the typed text, end exclusive. */
  start: number;
  end: number;
}

export interface Segmentation {
  tokens: readonly PinyinToken[];
  /** Lower is likelier: one per whole syllable, more for a beginning, so `xian` reads as one syllable before `xi'an`. */
  cost: number;
}

const COMPLETE_COST = 1;
const PREFIX_COST = 1.6;
/** Readings kept per position: enough for the usual ambiguities (`xian`, `fangan`), few enough to stay fast. */
const KEEP = 8;

function better(a: Segmentation, b: Segmentation): number {
  return a.cost - b.cost || a.tokens.length - b.tokens.length;
}

/**
 * The likeliest ways to read typed pinyin as syllables, best first. An apostrophe is a boundary the
 * citizen set (`xi'an`); letters that fit no syllable leave no reading at all.
 */
export function segmentPinyin(typed: string): Segmentation[] {
  const text = typed.toLowerCase();
  const best: Segmentation[][] = new Array<Segmentation[]>(text.length + 1);
  best[text.length] = [{ tokens: [], cost: 0 }];
  for (let start = text.length - 1; start >= 0; start--) {
    if (text[start] === "'") {
      best[start] = best[start + 1] as Segmentation[];
      continue;
    }
    const found: Segmentation[] = [];
    for (let length = 1; length <= MAX_SYLLABLE_LENGTH && start + length <= text.length; length++) {
      const piece = text.slice(start, start + length);
      if (piece.includes("'")) break;
      const complete = isSyllable(piece);
      if (!complete && !isSyllablePrefix(piece)) continue;
      const token: PinyinToken = { text: piece, complete, start, end: start + length };
      for (const rest of best[start + length] as Segmentation[]) {
        found.push({ tokens: [token, ...rest.tokens], cost: (complete ? COMPLETE_COST : PREFIX_COST) + rest.cost });
      }
    }
    best[start] = found.sort(better).slice(0, KEEP);
  }
  return best[0] ?? [];
}
