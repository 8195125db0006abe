import { ReaderError } from '../readerErrors';

/** One fixed-width UCS-2 field of the 256-byte text block. */
export interface LayoutField<K extends string = string> {
  key: K;
  offset: number;
  bytes: number;
}

/** Type flag at character index 124: spaces, 'I', 'Y' or 'J'. */
export const TYPE_FLAG_FIELD: LayoutField<'typeFlag'> = { key: 'typeFlag', offset: 248, bytes: 2 };

/** The field's characters, right padding (spaces, and NULs some readers leave) trimmed off. */
export function readRaw(text: Buffer, field: LayoutField): string {
  return text.toString('utf16le', field.offset, field.offset + field.bytes).replace(/[\u0020\u0000]+$/u, '');
}

/** Trimmed on both sides: for names and addresses where a leading space is padding, not data. */
export function readTrimmed(text: Buffer, field: LayoutField): string {
  return readRaw(text, field).replace(/^[\u0020\u0000]+/u, '');
}

/** Writes `value` space-padded into the field; refuses values that do not fit. */
export function writeField(text: Buffer, field: LayoutField, value: string): void {
  const encoded = Buffer.from(value, 'utf16le');
  if (encoded.length > field.bytes) {
    throw new ReaderError('idcard.reply-layout', `value for ${field.key} needs ${encoded.length} bytes, field holds ${field.bytes}`);
  }
  for (let i = 0; i < field.bytes; i += 2) text.writeUInt16LE(0x20, field.offset + i);
  encoded.copy(text, field.offset);
}
