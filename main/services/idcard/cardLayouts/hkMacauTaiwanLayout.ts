import type { HkMacauTaiwanCard } from '../cardTypes';
import { parseCommon } from './fieldValues';
import { readTrimmed } from './layoutField';
import type { LayoutField } from './layoutField';

/** HK/Macau/Taiwan residents' residence permit, flag 'J' (reference §2.4). */
export const hkMacauTaiwanFields = [
  { key: 'name', offset: 0, bytes: 30 },
  { key: 'sexCode', offset: 30, bytes: 2 },
  { key: 'birthDate', offset: 36, bytes: 16 },
  { key: 'address', offset: 52, bytes: 70 },
  { key: 'idNumber', offset: 122, bytes: 36 },
  { key: 'issuingAuthority', offset: 158, bytes: 30 },
  { key: 'validFrom', offset: 188, bytes: 16 },
  { key: 'validUntil', offset: 204, bytes: 16 },
  { key: 'permitNumber', offset: 220, bytes: 18 },
  { key: 'issueCount', offset: 238, bytes: 4 },
] as const satisfies readonly LayoutField[];

export type HkMacauTaiwanFieldKey = (typeof hkMacauTaiwanFields)[number]['key'];

const REGIONS: Readonly<Record<string, HkMacauTaiwanCard['region']>> = { '81': 'HK', '82': 'MO', '83': 'TW' };

export function parseHkMacauTaiwan(text: Buffer): HkMacauTaiwanCard {
  const f = Object.fromEntries(hkMacauTaiwanFields.map((field) => [field.key, readTrimmed(text, field)])) as Record<HkMacauTaiwanFieldKey, string>;
  return {
    ...parseCommon('hk-macau-taiwan', f),
    kind: 'hk-macau-taiwan',
    name: f.name,
    address: f.address,
    issuingAuthority: f.issuingAuthority,
    permitNumber: f.permitNumber,
    issueCount: f.issueCount,
    region: REGIONS[f.idNumber.slice(0, 2)] ?? null,
  };
}
