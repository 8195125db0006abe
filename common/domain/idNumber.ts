import { compareCalendarDates, parseCalendarDate, type CalendarDate } from './calendarDate';
import { fail, ok, type DomainResult } from './result';

/** Weights 2^(18-i) mod 11 for positions 1-17 (GB 11643, ISO 7064 MOD 11-2). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type Sex = 'male' | 'female';

export interface ParsedIdNumber {
  /** Normalised: upper-case X. */
  idNumber: string;
  regionCode: string;
  birthDate: CalendarDate;
  sex: Sex;
}

export const idNumberErrorCodes = {
  required: 'ID_NUMBER_REQUIRED',
  length: 'ID_NUMBER_LENGTH',
  format: 'ID_NUMBER_FORMAT',
  birthDate: 'ID_NUMBER_BIRTH_DATE',
  checkChar: 'ID_NUMBER_CHECK_CHAR',
} as const;

/** The check character for the first 17 digits; throws on anything but 17 digits (a programming error). */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('idNumberCheckChar needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export function normalizeIdNumber(raw: string): string {
  return raw.trim().toUpperCase();
}

/**
 * Validates an 18-character ID number and reads what it embeds. `today` (when given) refuses
 * birth dates in the future. Checks run in the order a person fixes typos: length, characters,
 * birth date, check character.
 */
export function parseIdNumber(raw: string, today?: CalendarDate): DomainResult<ParsedIdNumber> {
  const idNumber = normalizeIdNumber(raw);
  if (idNumber === '') return fail(idNumberErrorCodes.required);
  if (idNumber.length !== 18) return fail(idNumberErrorCodes.length);
  if (!/^[1-9]\d{16}[\dX]$/.test(idNumber)) return fail(idNumberErrorCodes.format);
  const birthDate = parseCalendarDate(idNumber.slice(6, 14));
  if (!birthDate || (today && compareCalendarDates(birthDate, today) > 0)) return fail(idNumberErrorCodes.birthDate);
  if (idNumberCheckChar(idNumber.slice(0, 17)) !== idNumber[17]) return fail(idNumberErrorCodes.checkChar);
  return ok({
    idNumber,
    regionCode: idNumber.slice(0, 6),
    birthDate,
    sex: Number(idNumber[16]) % 2 === 1 ? 'male' : 'female',
  });
}
