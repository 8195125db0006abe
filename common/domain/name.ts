import { fail, ok, type DomainResult } from './result';

export const nameErrorCodes = {
  required: 'NAME_REQUIRED',
  tooShort: 'NAME_TOO_SHORT',
  tooLong: 'NAME_TOO_LONG',
  characters: 'NAME_CHARACTERS',
  separator: 'NAME_SEPARATOR_PLACEMENT',
} as const;

export type NameScript = 'chinese' | 'latin';

/** The middle dot that separates parts of minority and transliterated names (阿依古丽·买买提). */
export const NAME_DOT = '\u00B7';
/** Dots people and IMEs actually produce for it: bullet, katakana dot, full-width period, hyphenation point. */
const DOT_VARIANTS = /[\u2022\u30FB\uFF0E\u2027\u2219]/g;

/** Cards print long names in full, so the limit is generous; the chip's 15 characters are not a rule. */
const CHINESE_MAX = 50;
/** The foreigner card's English-name field holds 60 characters. */
const LATIN_MAX = 60;

/** Trims, collapses runs of spaces (card fields are space-padded), unifies the dot and drops spaces around it. */
export function normalizeName(raw: string): string {
  return raw
    .trim()
    .replace(/\s+/g, ' ')
    .replace(DOT_VARIANTS, NAME_DOT)
    .replace(/ ?\u00B7 ?/g, NAME_DOT);
}

export function nameScript(name: string): NameScript {
  return /\p{Script=Han}/u.test(name) ? 'chinese' : 'latin';
}

/**
 * The one rule for a person's name as an identity document prints it, whoever holds the document:
 * - Chinese script: Han characters, parts joined by middle dots (阿依古丽·买买提, and the Chinese
 *   names foreigners carry on permanent residence cards, 安娜·米勒);
 * - Latin script (foreigners' cards and passports): letters with spaces, hyphens, apostrophes,
 *   periods, commas, and middle dots between parts (MUELLER, ANNA MARIA; JEAN·PIERRE DUPONT).
 * A dot never starts or ends a name, and never comes twice in a row.
 */
export function parsePersonName(raw: string): DomainResult<string> {
  const name = normalizeName(raw);
  if (name === '') return fail(nameErrorCodes.required);
  const length = [...name].length;
  const chinese = nameScript(name) === 'chinese';
  const characters = chinese ? /^[\p{Script=Han}\u00B7]+$/u : /^[\p{Script=Latin} .,'\u00B7-]+$/u;
  if (!characters.test(name) || !/[\p{Script=Han}\p{Script=Latin}]/u.test(name)) return fail(nameErrorCodes.characters);
  if (/^\u00B7|\u00B7$|\u00B7\s*\u00B7/.test(name)) return fail(nameErrorCodes.separator);
  if (length < 2) return fail(nameErrorCodes.tooShort);
  if (length > (chinese ? CHINESE_MAX : LATIN_MAX)) return fail(nameErrorCodes.tooLong);
  return ok(name);
}
