import type { CardCommon, CardKind, CardWarning, Sex } from '../cardTypes';
import { checkIdNumber } from '../idNumberCheck';

const LONG_TERM = '长期';

/** `YYYYMMDD` to ISO, or null when it is not a real calendar date. */
export function parseCardDate(raw: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (!m) return null;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const ok = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
  return ok ? `${y}-${mo}-${d}` : null;
}

export function parseSex(code: string): Sex | null {
  switch (code) {
    case '1':
      return 'male';
    case '2':
      return 'female';
    case '0':
      return 'unknown';
    case '9':
      return 'unspecified';
    default:
      return null;
  }
}

export interface CommonRaw {
  idNumber: string;
  sexCode: string;
  birthDate: string;
  validFrom: string;
  validUntil: string;
}

/** The fields every layout shares, with warnings instead of rejections for odd values. */
export function parseCommon(kind: CardKind, raw: CommonRaw): CardCommon {
  const warnings: CardWarning[] = [];
  const idNumberCheck = checkIdNumber(raw.idNumber);
  if (idNumberCheck === 'invalid') warnings.push('id-number-check-failed');
  const sex = parseSex(raw.sexCode);
  if (sex === null) warnings.push('unknown-sex-code');
  const birthDate = parseCardDate(raw.birthDate);
  if (birthDate === null) warnings.push('birth-date-invalid');
  const validFrom = parseCardDate(raw.validFrom);
  if (validFrom === null) warnings.push('valid-from-invalid');
  const validLongTerm = raw.validUntil.trim() === LONG_TERM;
  const validUntil = validLongTerm ? null : parseCardDate(raw.validUntil);
  if (!validLongTerm && validUntil === null) warnings.push('valid-until-invalid');
  return {
    kind,
    idNumber: raw.idNumber,
    idNumberCheck,
    sex: sex ?? 'unknown',
    sexCode: raw.sexCode,
    birthDate,
    validFrom,
    validUntil,
    validLongTerm,
    warnings,
  };
}
