import { foreignPermanent2017Fields } from '../cardLayouts/foreignPermanent2017Layout';
import type { ForeignPermanent2017FieldKey } from '../cardLayouts/foreignPermanent2017Layout';
import { foreignPermanent2023Fields } from '../cardLayouts/foreignPermanent2023Layout';
import type { ForeignPermanent2023FieldKey } from '../cardLayouts/foreignPermanent2023Layout';
import { hkMacauTaiwanFields } from '../cardLayouts/hkMacauTaiwanLayout';
import type { HkMacauTaiwanFieldKey } from '../cardLayouts/hkMacauTaiwanLayout';
import { TYPE_FLAG_FIELD, writeField } from '../cardLayouts/layoutField';
import type { LayoutField } from '../cardLayouts/layoutField';
import { residentFields } from '../cardLayouts/residentLayout';
import type { ResidentFieldKey } from '../cardLayouts/residentLayout';
import { encodeResponse } from '../frameCodec';
import { APPENDED_ADDRESS_LENGTH, PHOTO_LENGTH, TEXT_LENGTH } from '../responseParser';
import { SW3 } from '../statusCodes';

/** Raw chip values, field by field, as strings exactly as they are to appear on the chip. */
export type CardTextSpec =
  | { kind: 'resident'; fields: Record<ResidentFieldKey, string> }
  | { kind: 'foreign-permanent-2017'; fields: Record<ForeignPermanent2017FieldKey, string> }
  | { kind: 'foreign-permanent-2023'; fields: Record<ForeignPermanent2023FieldKey, string> }
  | { kind: 'hk-macau-taiwan'; fields: Record<HkMacauTaiwanFieldKey, string> };

const layouts: Record<CardTextSpec['kind'], { fields: readonly LayoutField[]; flag: string }> = {
  resident: { fields: residentFields, flag: '' },
  'foreign-permanent-2017': { fields: foreignPermanent2017Fields, flag: 'I' },
  'foreign-permanent-2023': { fields: foreignPermanent2023Fields, flag: 'Y' },
  'hk-macau-taiwan': { fields: hkMacauTaiwanFields, flag: 'J' },
};

/** The 256-byte UCS-2 text block: all spaces, then each field written at its offset, then the flag. */
export function buildCardText(spec: CardTextSpec): Buffer {
  const text = Buffer.alloc(TEXT_LENGTH);
  for (let i = 0; i < TEXT_LENGTH; i += 2) text.writeUInt16LE(0x20, i);
  const layout = layouts[spec.kind];
  const values = spec.fields as Record<string, string>;
  for (const field of layout.fields) writeField(text, field, values[field.key] ?? '');
  writeField(text, TYPE_FLAG_FIELD, layout.flag);
  return text;
}

/** One 70-byte appended-address entry. */
export function buildAppendedAddress(address: string): Buffer {
  const entry = Buffer.alloc(APPENDED_ADDRESS_LENGTH);
  writeField(entry, { key: 'appendedAddress', offset: 0, bytes: APPENDED_ADDRESS_LENGTH }, address);
  return entry;
}

/** Data of a `30 01` reply: `01 00 04 00`, text, photo. */
export function buildReadReplyData(text: Buffer, photo: Buffer): Buffer {
  const lengths = Buffer.alloc(4);
  lengths.writeUInt16BE(text.length, 0);
  lengths.writeUInt16BE(photo.length, 2);
  return Buffer.concat([lengths, text, photo]);
}

/** The complete 1295-byte `30 01` reply frame. */
export function buildReadReplyFrame(text: Buffer, photo: Buffer = Buffer.alloc(PHOTO_LENGTH)): Buffer {
  return encodeResponse(0, 0, SW3.ok, buildReadReplyData(text, photo));
}
