import type { ResidentIdCard } from '../cardTypes';
import { nationName } from '../nationCodes';
import { parseCommon } from './fieldValues';
import { readRaw, readTrimmed } from './layoutField';
import type { LayoutField } from './layoutField';

/** GA/T 490 resident card text file (reference §2.2). */
export const residentFields = [
  { key: 'name', offset: 0, bytes: 30 },
  { key: 'sexCode', offset: 30, bytes: 2 },
  { key: 'nationCode', offset: 32, bytes: 4 },
  { key: 'birthDate', offset: 36, bytes: 16 },
  { key: 'address', offset: 52, bytes: 70 },
  { key: 'idNumber', offset: 122, bytes: 36 },
  { key: 'issuingAuthority', offset: 158, bytes: 30 },
  { key: 'validFrom', offset: 188, bytes: 16 },
  { key: 'validUntil', offset: 204, bytes: 16 },
] as const satisfies readonly LayoutField[];

export type ResidentFieldKey = (typeof residentFields)[number]['key'];

export function parseResident(text: Buffer, appendedAddresses: string[]): ResidentIdCard {
  const f = Object.fromEntries(residentFields.map((field) => [field.key, readRaw(text, field)])) as Record<ResidentFieldKey, string>;
  const common = parseCommon('resident', f);
  const nation = nationName(f.nationCode);
  if (nation === null) common.warnings.push('unknown-nation-code');
  return {
    ...common,
    kind: 'resident',
    name: readTrimmed(text, residentFields[0]),
    nationCode: f.nationCode,
    nation: nation ?? f.nationCode,
    address: readTrimmed(text, residentFields[4]),
    appendedAddresses,
    issuingAuthority: readTrimmed(text, residentFields[6]),
  };
}
