import type { ForeignPermanent2017Card } from '../cardTypes';
import { parseCommon } from './fieldValues';
import { readTrimmed } from './layoutField';
import type { LayoutField } from './layoutField';

/** 2017 foreigner permanent-residence card, flag 'I' (reference §2.3). */
export const foreignPermanent2017Fields = [
  { key: 'englishName', offset: 0, bytes: 120 },
  { key: 'sexCode', offset: 120, bytes: 2 },
  { key: 'idNumber', offset: 122, bytes: 30 },
  { key: 'nationality', offset: 152, bytes: 6 },
  { key: 'chineseName', offset: 158, bytes: 30 },
  { key: 'validFrom', offset: 188, bytes: 16 },
  { key: 'validUntil', offset: 204, bytes: 16 },
  { key: 'birthDate', offset: 220, bytes: 16 },
  { key: 'cardVersion', offset: 236, bytes: 4 },
  { key: 'acceptingOfficeCode', offset: 240, bytes: 8 },
] as const satisfies readonly LayoutField[];

export type ForeignPermanent2017FieldKey = (typeof foreignPermanent2017Fields)[number]['key'];

export function parseForeignPermanent2017(text: Buffer): ForeignPermanent2017Card {
  const f = Object.fromEntries(foreignPermanent2017Fields.map((field) => [field.key, readTrimmed(text, field)])) as Record<
    ForeignPermanent2017FieldKey,
    string
  >;
  return {
    ...parseCommon('foreign-permanent-2017', f),
    kind: 'foreign-permanent-2017',
    englishName: f.englishName,
    chineseName: f.chineseName,
    nationality: f.nationality,
    cardVersion: f.cardVersion,
    acceptingOfficeCode: f.acceptingOfficeCode,
  };
}
