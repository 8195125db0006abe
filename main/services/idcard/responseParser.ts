import { ReaderError } from './readerErrors';
import { SW3, describeStatus } from './statusCodes';

/** A decoded response: status words and the data between SW3 and CHK. */
export interface ResponseFrame {
  sw1: number;
  sw2: number;
  sw3: number;
  data: Buffer;
}

export const TEXT_LENGTH = 256;
export const PHOTO_LENGTH = 1024;
export const APPENDED_ADDRESS_LENGTH = 70;
export const SAM_ID_LENGTH = 16;

/** Splits a response payload (SW1 SW2 SW3 DATA) into its parts. */
export function toResponse(payload: Buffer): ResponseFrame {
  if (payload.length < 3) throw new ReaderError('idcard.frame-length', `response payload has ${payload.length} bytes, below SW1 SW2 SW3`);
  return { sw1: payload[0] as number, sw2: payload[1] as number, sw3: payload[2] as number, data: payload.subarray(3) };
}

/** The typed error for a response whose SW3 is not one the caller accepts. */
export function statusError(response: ResponseFrame): ReaderError {
  const info = describeStatus(response.sw3);
  const { sw1, sw2, sw3 } = response;
  return new ReaderError(info.code, info.meaning, { sw1, sw2, sw3 });
}

/** Throws the SW3's typed error unless it is one of `accepted`, and checks the data length. */
export function expectStatus(response: ResponseFrame, accepted: readonly number[], dataLength?: number): void {
  if (!accepted.includes(response.sw3)) throw statusError(response);
  if (dataLength !== undefined && response.data.length !== dataLength) {
    throw new ReaderError(
      'idcard.unexpected-reply',
      `reply with SW3 0x${response.sw3.toString(16)} carries ${response.data.length} data bytes, expected ${dataLength}`,
    );
  }
}

/** Find: 9F means a card is in the field, 80 means none; anything else is an error. */
export function parseFindReply(response: ResponseFrame): boolean {
  if (response.sw3 === SW3.noCard) return false;
  expectStatus(response, [SW3.findOk], 4);
  return true;
}

export interface ReadReply {
  text: Buffer;
  /** WLT bytes: opaque, never decoded here. */
  photo: Buffer;
  /** Present only for `30 10`; empty when the card carries no fingerprint. */
  fingerprint: Buffer | null;
}

/**
 * Data of a `30 01` (two lengths) or `30 10` (three lengths) reply: big-endian lengths, then the
 * blocks in that order. The lengths must account for every data byte.
 */
export function parseReadReply(response: ResponseFrame, withFingerprint: boolean): ReadReply {
  expectStatus(response, [SW3.ok]);
  const data = response.data;
  const lengthBlock = withFingerprint ? 6 : 4;
  if (data.length < lengthBlock) {
    throw new ReaderError('idcard.reply-layout', `read reply has ${data.length} data bytes, too short for its length block`);
  }
  const textLen = data.readUInt16BE(0);
  const photoLen = data.readUInt16BE(2);
  const fpLen = withFingerprint ? data.readUInt16BE(4) : 0;
  if (textLen !== TEXT_LENGTH) {
    throw new ReaderError('idcard.reply-layout', `text length is ${textLen}, expected ${TEXT_LENGTH}`);
  }
  const expected = lengthBlock + textLen + photoLen + fpLen;
  if (data.length !== expected) {
    throw new ReaderError('idcard.reply-layout', `lengths add up to ${expected} data bytes, reply has ${data.length}`);
  }
  const textStart = lengthBlock;
  const photoStart = textStart + textLen;
  const fpStart = photoStart + photoLen;
  return {
    text: Buffer.from(data.subarray(textStart, photoStart)),
    photo: Buffer.from(data.subarray(photoStart, fpStart)),
    fingerprint: withFingerprint ? Buffer.from(data.subarray(fpStart, fpStart + fpLen)) : null,
  };
}

/** `30 03`: N × 70-byte UCS-2 entries; 91 means the card has none. */
export function parseAppendedAddressReply(response: ResponseFrame): Buffer[] {
  if (response.sw3 === SW3.noContent) return [];
  expectStatus(response, [SW3.ok]);
  if (response.data.length % APPENDED_ADDRESS_LENGTH !== 0) {
    throw new ReaderError('idcard.reply-layout', `appended-address data of ${response.data.length} bytes is not a multiple of 70`);
  }
  const entries: Buffer[] = [];
  for (let at = 0; at < response.data.length; at += APPENDED_ADDRESS_LENGTH) {
    entries.push(Buffer.from(response.data.subarray(at, at + APPENDED_ADDRESS_LENGTH)));
  }
  return entries;
}

/** `12 FF`: five little-endian numbers, printed as `AA.BB-CCCCCCCC-DDDDDDDDDD-EEEEEEEEEE`. */
export function parseSamIdReply(response: ResponseFrame): string {
  expectStatus(response, [SW3.ok], SAM_ID_LENGTH);
  const d = response.data;
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(d.readUInt16LE(0), 2)}.${pad(d.readUInt16LE(2), 2)}-${pad(d.readUInt32LE(4), 8)}-${pad(d.readUInt32LE(8), 10)}-${pad(d.readUInt32LE(12), 10)}`;
}
