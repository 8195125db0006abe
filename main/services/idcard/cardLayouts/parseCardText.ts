import type { CardKind, IdCard } from '../cardTypes';
import { ReaderError } from '../readerErrors';
import { TEXT_LENGTH } from '../responseParser';
import { parseForeignPermanent2017 } from './foreignPermanent2017Layout';
import { parseForeignPermanent2023 } from './foreignPermanent2023Layout';
import { parseHkMacauTaiwan } from './hkMacauTaiwanLayout';
import { TYPE_FLAG_FIELD, readRaw } from './layoutField';
import { parseResident } from './residentLayout';

/** The layout named by the type flag; spaces (or nothing) mean a resident card. */
export function cardKindOf(text: Buffer): CardKind {
  const flag = readRaw(text, TYPE_FLAG_FIELD);
  switch (flag) {
    case '':
      return 'resident';
    case 'I':
      return 'foreign-permanent-2017';
    case 'Y':
      return 'foreign-permanent-2023';
    case 'J':
      return 'hk-macau-taiwan';
    default:
      throw new ReaderError('idcard.reply-layout', `unknown card type flag U+${(flag.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
  }
}

/** Parses the 256-byte text block; appended addresses (UCS-2, 70 bytes each) apply to resident cards. */
export function parseCardText(text: Buffer, appendedAddresses: Buffer[] = []): IdCard {
  if (text.length !== TEXT_LENGTH) {
    throw new ReaderError('idcard.reply-layout', `text block has ${text.length} bytes, expected ${TEXT_LENGTH}`);
  }
  switch (cardKindOf(text)) {
    case 'resident':
      return parseResident(
        text,
        appendedAddresses.map((entry) => readAddressEntry(entry)).filter((a) => a !== ''),
      );
    case 'foreign-permanent-2017':
      return parseForeignPermanent2017(text);
    case 'foreign-permanent-2023':
      return parseForeignPermanent2023(text);
    case 'hk-macau-taiwan':
      return parseHkMacauTaiwan(text);
  }
}

function readAddressEntry(entry: Buffer): string {
  return entry.toString('utf16le').replace(/^[\u0020\u0000]+|[\u0020\u0000]+$/gu, '');
}
