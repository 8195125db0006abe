/**
 * Uyghur and Tibetan keys for the remark field on kiosks whose profile offers those languages.
 *
 * Uyghur (Arabic script, written right to left) follows the Windows Uyghur layout's letter
 * positions on a QWERTY board: q→چ w→ۋ e→ې … with ف گ خ ج ۆ ژ on the shifted keys of f g h j k d.
 * Tibetan lists the thirty consonants in alphabetical order, then ཨ, the four vowel signs, tsheg
 * and shad; a stacking key makes the next consonant subjoined (ས then stack + ཀ gives སྐ), which
 * is how Tibetan keyboards build stacks from Unicode's subjoined letters.
 */
export const UYGHUR_ROWS: readonly (readonly string[])[] = [
  ['چ', 'ۋ', 'ې', 'ر', 'ت', 'ي', 'ۇ', 'ڭ', 'و', 'پ'],
  ['ھ', 'س', 'د', 'ا', 'ە', 'ى', 'ق', 'ك', 'ل', '؛'],
  ['ز', 'ش', 'غ', 'ۈ', 'ب', 'ن', 'م', '،', '.', 'ئ'],
];

/** The shifted keys that carry letters (the rest of the shifted row is punctuation). */
export const UYGHUR_SHIFTED_ROWS: readonly (readonly string[])[] = [
  ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
  ['ژ', 'ف', 'گ', 'خ', 'ج', 'ۆ', '؟', '!', '«', '»'],
  ['-', ':', '(', ')', '/', '،', '.', 'ئ'],
];

export const TIBETAN_ROWS: readonly (readonly string[])[] = [
  ['ཀ', 'ཁ', 'ག', 'ང', 'ཅ', 'ཆ', 'ཇ', 'ཉ', 'ཏ', 'ཐ'],
  ['ད', 'ན', 'པ', 'ཕ', 'བ', 'མ', 'ཙ', 'ཚ', 'ཛ', 'ཝ'],
  ['ཞ', 'ཟ', 'འ', 'ཡ', 'ར', 'ལ', 'ཤ', 'ས', 'ཧ', 'ཨ'],
  ['ི', 'ུ', 'ེ', 'ོ', '་', '།', '༠', '༡', '༢', '༣'],
];

const TIBETAN_CONSONANTS = /^[\u0F40-\u0F6C]$/u;
/** A consonant's subjoined form sits this far above it in the Unicode Tibetan block. */
const SUBJOINED_OFFSET = 0x50;

/** The subjoined form of a Tibetan consonant; anything else unchanged. */
export function subjoined(key: string): string {
  return TIBETAN_CONSONANTS.test(key) ? String.fromCodePoint((key.codePointAt(0) as number) + SUBJOINED_OFFSET) : key;
}
