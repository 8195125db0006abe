import { describe, expect, it } from 'vitest';
import { commandFrame, setBaudFrame, setMaxRfBytesFrame } from '../../../../../main/services/idcard/commands';
import { decodeFrame, encodeCommand, encodeResponse } from '../../../../../main/services/idcard/frameCodec';
import { isReaderError } from '../../../../../main/services/idcard/readerErrors';
import { parseAppendedAddressReply, parseFindReply, parseSamIdReply, toResponse } from '../../../../../main/services/idcard/responseParser';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (isReaderError(e)) return e.code;
    throw e;
  }
  return 'no error';
};

describe('command frames (reference §1.2 golden frames)', () => {
  it.each([
    ['resetSam', 'AA AA AA 96 69 00 03 10 FF EC'],
    ['samStatus', 'AA AA AA 96 69 00 03 11 FF ED'],
    ['samId', 'AA AA AA 96 69 00 03 12 FF EE'],
    ['findCard', 'AA AA AA 96 69 00 03 20 01 22'],
    ['selectCard', 'AA AA AA 96 69 00 03 20 02 21'],
    ['readTextAndPhoto', 'AA AA AA 96 69 00 03 30 01 32'],
    ['readWithFingerprint', 'AA AA AA 96 69 00 03 30 10 23'],
    ['readAppendedAddress', 'AA AA AA 96 69 00 03 30 03 30'],
    ['readManagementNumber', 'AA AA AA 96 69 00 03 30 05 36'],
  ] as const)('%s', (name, frame) => {
    expect(commandFrame(name).equals(hex(frame))).toBe(true);
  });

  it('baud and RF-size frames', () => {
    expect(setBaudFrame(115200).equals(hex('AA AA AA 96 69 00 03 60 00 63'))).toBe(true);
    expect(setBaudFrame(9600).equals(hex('AA AA AA 96 69 00 03 60 04 67'))).toBe(true);
    expect(setMaxRfBytesFrame(0x50).equals(hex('AA AA AA 96 69 00 04 61 FF 50 CA'))).toBe(true);
    expect(setMaxRfBytesFrame(0x58).equals(hex('AA AA AA 96 69 00 04 61 FF 58 C2'))).toBe(true);
  });
});

describe('response frames (reference §1.3 golden frames)', () => {
  const response = (frame: string) => toResponse(decodeFrame(hex(frame), 'response'));

  it('decodes the status replies', () => {
    expect(response('AA AA AA 96 69 00 04 00 00 90 94')).toMatchObject({ sw1: 0, sw2: 0, sw3: 0x90 });
    expect(parseFindReply(response('AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97'))).toBe(true);
    expect(parseFindReply(response('AA AA AA 96 69 00 04 00 00 80 84'))).toBe(false);
    expect(response('AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C').data.length).toBe(8);
    expect(parseAppendedAddressReply(response('AA AA AA 96 69 00 04 00 00 91 95'))).toEqual([]);
  });

  it('maps failure SW3 values to typed errors', () => {
    expect(codeOf(() => parseFindReply(response('AA AA AA 96 69 00 04 00 00 41 45')))).toBe('idcard.read-failed');
    expect(codeOf(() => parseFindReply(response('AA AA AA 96 69 00 04 00 00 81 85')))).toBe('idcard.select-failed');
    expect(codeOf(() => parseFindReply(response('AA AA AA 96 69 00 04 00 00 32 36')))).toBe('idcard.sam-auth-card-failed');
    expect(codeOf(() => parseFindReply(toResponse(Buffer.from([0, 0, 0x77]))))).toBe('idcard.unknown-status');
  });

  it('keeps non-zero SW1/SW2 on card-level failures', () => {
    const frame = encodeResponse(0x6a, 0x82, 0x41);
    try {
      parseFindReply(toResponse(decodeFrame(frame, 'response')));
    } catch (e) {
      expect(isReaderError(e) && e.status).toEqual({ sw1: 0x6a, sw2: 0x82, sw3: 0x41 });
    }
  });

  it('decodes the synthetic SAM ID', () => {
    const r = response('AA AA AA 96 69 00 14 00 00 90 05 00 01 00 AF B5 32 01 39 30 00 00 15 CD 5B 07 24');
    expect(parseSamIdReply(r)).toBe('05.01-20100527-0000012345-0123456789');
  });

  it('reads the documented read-reply header: L=1288, SW 00 00 90, lengths 0100 0400', () => {
    const header = hex('AA AA AA 96 69 05 08 00 00 90 01 00 04 00');
    const frame = encodeResponse(0, 0, 0x90, Buffer.concat([hex('01000400'), Buffer.alloc(1280, 0x20)]));
    expect(frame.length).toBe(1295);
    expect(frame.subarray(0, 14).equals(header)).toBe(true);
  });
});

describe('strict decode reasons', () => {
  const good = hex('AA AA AA 96 69 00 04 00 00 90 94');
  it.each([
    ['bad preamble', hex('AA AA AB 96 69 00 04 00 00 90 94'), 'idcard.frame-preamble'],
    ['short header', good.subarray(0, 6), 'idcard.frame-truncated'],
    ['truncated body', good.subarray(0, 10), 'idcard.frame-truncated'],
    ['trailing bytes', Buffer.concat([good, hex('00')]), 'idcard.frame-trailing-bytes'],
    ['checksum', hex('AA AA AA 96 69 00 04 00 00 90 95'), 'idcard.frame-checksum'],
    ['length below minimum', hex('AA AA AA 96 69 00 03 00 00 03'), 'idcard.frame-length'],
    ['length over cap', hex('AA AA AA 96 69 FF FF 00 00 90'), 'idcard.frame-too-long'],
  ])('%s', (_label, frame, code) => {
    expect(codeOf(() => decodeFrame(frame, 'response'))).toBe(code);
  });

  it('accepts a 3-byte command body but not as a response', () => {
    const find = encodeCommand(0x20, 0x01);
    expect(decodeFrame(find, 'command').equals(hex('2001'))).toBe(true);
    expect(codeOf(() => decodeFrame(find, 'response'))).toBe('idcard.frame-length');
  });
});
