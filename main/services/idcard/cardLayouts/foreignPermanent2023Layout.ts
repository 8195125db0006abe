import type { ForeignPermanent2023Card } from '../cardTypes';
import { parseCommon } from './fieldValues';
import { readRaw, readTrimmed } from './layoutField';
import type { LayoutField } from './layoutField';

/**
 * 2023 foreigner permanent-residence card, flag 'Y' (reference §2.3; one struct source). It mirrors
 * the resident layout, with the English name split over two areas.
 */
export const foreignPermanent2023Fields = [
  { key: 'chineseName', offset: 0, bytes: 30 },
  { key: 'sexCode', offset: 30, bytes: 2 },
  { key: 'renewalCount', offset: 32, bytes: 4 },
  { key: 'birthDate', offset: 36, bytes: 16 },
  { key: 'englishName1', offset: 52, bytes: 70 },
  { key: 'idNumber', offset: 122, bytes: 36 },
  { key: 'validFrom', offset: 188, bytes: 16 },
  { key: 'validUntil', offset: 204, bytes: 16 },
  { key: 'englishName2', offset: 220, bytes: 22 },
  { key: 'nationality', offset: 242, bytes: 6 },
  { key: 'previousCardLink', offset: 250, bytes: 6 },
] as const satisfies readonly LayoutField[];

export type ForeignPermanent2023FieldKey = (typeof foreignPermanent2023Fields)[number]['key'];

export function parseForeignPermanent2023(text: Buffer): ForeignPermanent2023Card {
  const f = Object.fromEntries(foreignPermanent2023Fields.map((field) => [field.key, readRaw(text, field)])) as Record<ForeignPermanent2023FieldKey, string>;
  // The first segment is used in full before the second starts, so join it untrimmed.
  const first = text.toString('utf16le', 52, 122);
  return {
    ...parseCommon('foreign-permanent-2023', f),
    kind: 'foreign-permanent-2023',
    chineseName: readTrimmed(text, foreignPermanent2023Fields[0]),
    englishName: (first + f.englishName2).trim(),
    nationality: f.nationality.trim(),
    renewalCount: f.renewalCount.trim(),
    previousCardLink: f.previousCardLink.trim(),
  };
}
