import type { CalendarDate } from './calendarDate';
import { parseIdNumber } from './idNumber';
import { fail, ok, type DomainResult } from './result';

/** Identity documents a kiosk may accept; a province profile chooses which are offered. */
export const idTypes = [
  'resident_id',
  'foreign_permanent_resident_id',
  'hmt_residence_permit',
  'passport',
  'hk_macau_travel_permit',
  'taiwan_travel_permit',
] as const;
export type IdType = (typeof idTypes)[number];

/** Types whose number embeds a birth date (and so an age) that the server can check. */
export function idTypeEmbedsBirthDate(type: IdType): boolean {
  return type === 'resident_id' || type === 'hmt_residence_permit';
}

export const documentNumberErrorCodes = {
  required: 'DOCUMENT_NUMBER_REQUIRED',
  format: 'DOCUMENT_NUMBER_FORMAT',
  region: 'DOCUMENT_NUMBER_REGION',
} as const;

/** Residence permits for HK, Macau and Taiwan residents use these region prefixes. */
const HMT_PREFIXES = ['810000', '820000', '830000'];

/** Validates a document number for its type; MOD 11-2 numbers report the ID_NUMBER_* codes. */
export function parseDocumentNumber(type: IdType, raw: string, today?: CalendarDate): DomainResult<string> {
  const value = raw.trim().toUpperCase();
  if (value === '') return fail(documentNumberErrorCodes.required);
  switch (type) {
    case 'resident_id': {
      const parsed = parseIdNumber(value, today);
      return parsed.ok ? ok(parsed.value.idNumber) : parsed;
    }
    case 'hmt_residence_permit': {
      const parsed = parseIdNumber(value, today);
      if (!parsed.ok) return parsed;
      return HMT_PREFIXES.includes(parsed.value.regionCode) ? ok(value) : fail(documentNumberErrorCodes.region);
    }
    case 'foreign_permanent_resident_id': {
      // 2017 cards: 3 letters + 12 digits; 2023 cards: 18 characters starting with 9, MOD 11-2.
      if (/^[A-Z]{3}\d{12}$/.test(value)) return ok(value);
      if (value.length === 18 && value.startsWith('9')) {
        const parsed = parseIdNumber(value, today);
        return parsed.ok ? ok(value) : parsed;
      }
      return fail(documentNumberErrorCodes.format);
    }
    case 'passport':
      return /^[A-Z0-9]{5,17}$/.test(value) ? ok(value) : fail(documentNumberErrorCodes.format);
    case 'hk_macau_travel_permit':
      return /^[HM]\d{8}(\d{2})?$/.test(value) ? ok(value) : fail(documentNumberErrorCodes.format);
    case 'taiwan_travel_permit':
      return /^\d{8}(\d{2})?$/.test(value) ? ok(value) : fail(documentNumberErrorCodes.format);
  }
}
