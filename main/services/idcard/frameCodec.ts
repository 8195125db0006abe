import { ReaderError } from './readerErrors';

/** `AA AA AA 96 69`: three sync bytes and a start-of-frame pair, in front of every frame. */
export const PREAMBLE: Readonly<Buffer> = Buffer.from([0xaa, 0xaa, 0xaa, 0x96, 0x69]);
/** Preamble plus the two big-endian length bytes. */
export const HEADER_LENGTH = 7;
/** The largest standard reply is 2321 bytes; 4 KiB leaves room without letting noise grow a buffer. */
export const MAX_FRAME_LENGTH = 4096;
/** CMD PARA CHK. */
export const MIN_COMMAND_BODY = 3;
/** SW1 SW2 SW3 CHK. */
export const MIN_RESPONSE_BODY = 4;

export type FrameKind = 'command' | 'response';

export function minBodyLength(kind: FrameKind): number {
  return kind === 'command' ? MIN_COMMAND_BODY : MIN_RESPONSE_BODY;
}

/** XOR over [start, end). */
export function xorBytes(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let x = 0;
  for (let i = start; i < end; i++) x ^= bytes[i] as number;
  return x;
}

/**
 * Wraps a payload (CMD PARA DATA, or SW1 SW2 SW3 DATA) into a frame. The length counts the payload
 * plus CHK; CHK is the XOR of both length bytes and the payload.
 */
export function encodeFrame(payload: Uint8Array): Buffer {
  const length = payload.length + 1;
  if (HEADER_LENGTH + length > MAX_FRAME_LENGTH) {
    throw new ReaderError('idcard.frame-too-long', `payload of ${payload.length} bytes exceeds the frame cap`);
  }
  const frame = Buffer.alloc(HEADER_LENGTH + length);
  PREAMBLE.copy(frame, 0);
  frame.writeUInt16BE(length, 5);
  frame.set(payload, HEADER_LENGTH);
  frame[frame.length - 1] = xorBytes(frame, 5, frame.length - 1);
  return frame;
}

export function encodeCommand(cmd: number, para: number, data: Uint8Array = Buffer.alloc(0)): Buffer {
  return encodeFrame(Buffer.concat([Buffer.from([cmd, para]), data]));
}

export function encodeResponse(sw1: number, sw2: number, sw3: number, data: Uint8Array = Buffer.alloc(0)): Buffer {
  return encodeFrame(Buffer.concat([Buffer.from([sw1, sw2, sw3]), data]));
}

/**
 * Strictly decodes exactly one complete frame (no leading noise, no trailing bytes) and returns its
 * payload, without CHK. Every failure names the precise reason; used by tools and USB transfers
 * where frame boundaries are known.
 */
export function decodeFrame(frame: Uint8Array, kind: FrameKind): Buffer {
  const bytes = Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength);
  const seen = Math.min(bytes.length, PREAMBLE.length);
  if (!bytes.subarray(0, seen).equals(PREAMBLE.subarray(0, seen))) {
    throw new ReaderError('idcard.frame-preamble', `frame does not start with AA AA AA 96 69`);
  }
  if (bytes.length < HEADER_LENGTH) {
    throw new ReaderError('idcard.frame-truncated', `frame has ${bytes.length} bytes, shorter than the 7-byte header`);
  }
  const length = bytes.readUInt16BE(5);
  const min = minBodyLength(kind);
  if (length < min) {
    throw new ReaderError('idcard.frame-length', `length field ${length} is below the ${kind} minimum of ${min}`);
  }
  if (HEADER_LENGTH + length > MAX_FRAME_LENGTH) {
    throw new ReaderError('idcard.frame-too-long', `length field ${length} exceeds the ${MAX_FRAME_LENGTH}-byte frame cap`);
  }
  const total = HEADER_LENGTH + length;
  if (bytes.length < total) {
    throw new ReaderError('idcard.frame-truncated', `length field says ${total} bytes in all, got ${bytes.length}`);
  }
  if (bytes.length > total) {
    throw new ReaderError('idcard.frame-trailing-bytes', `${bytes.length - total} bytes after the end of the frame`);
  }
  // CHK cancels the XOR of the bytes it covers, so a good frame XORs to zero from L1 to CHK.
  const residue = xorBytes(bytes, 5, total);
  if (residue !== 0) {
    const expected = xorBytes(bytes, 5, total - 1);
    throw new ReaderError('idcard.frame-checksum', `checksum byte is 0x${hex(bytes[total - 1] as number)}, expected 0x${hex(expected)}`);
  }
  return Buffer.from(bytes.subarray(HEADER_LENGTH, total - 1));
}

function hex(byte: number): string {
  return byte.toString(16).padStart(2, '0');
}
