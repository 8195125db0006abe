import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardKindOf, parseCardText } from '../../../../../main/services/idcard/cardLayouts/parseCardText';
import { decodeFrame } from '../../../../../main/services/idcard/frameCodec';
import { checkIdNumber, mod11_2CheckChar } from '../../../../../main/services/idcard/idNumberCheck';
import { nationName } from '../../../../../main/services/idcard/nationCodes';
import { isReaderError } from '../../../../../main/services/idcard/readerErrors';
import { parseReadReply, toResponse } from '../../../../../main/services/idcard/responseParser';
import { buildAppendedAddress, buildCardText, buildReadReplyFrame } from '../../../../../main/services/idcard/simulator/cardTextBuilder';
import { SAMPLE_CARD_NAMES, sampleCard } from '../../../../../main/services/idcard/simulator/sampleCards';

/** A text block written by hand at the reference's offsets, independent of the layout tables. */
function handText(entries: [offset: number, value: string][]): Buffer {
  const text = Buffer.alloc(256);
  for (let i = 0; i < 256; i += 2) text.writeUInt16LE(0x20, i);
  for (const [offset, value] of entries) text.write(value, offset, 'utf16le');
  return text;
}

describe('ID number check (ISO 7064 MOD 11-2)', () => {
  it('matches the GB 11643 and NIA samples', () => {
    expect(checkIdNumber('11010519491231002X')).toBe('valid');
    expect(checkIdNumber('932682198501010017')).toBe('valid');
    expect(checkIdNumber('911124198108030024')).toBe('valid');
    expect(checkIdNumber('110105194912310021')).toBe('invalid');
    expect(checkIdNumber('CAN110080010001')).toBe('not-applicable');
    expect(mod11_2CheckChar('1101051949123100')).toBeNull();
  });
});

describe('nation codes (GB 3304)', () => {
  it('names known codes and refuses to guess others', () => {
    expect(nationName('01')).toBe('汉');
    expect(nationName('46')).toBe('德昂');
    expect(nationName('56')).toBe('基诺');
    expect(nationName('97')).toBe('其他');
    expect(nationName('98')).toBe('外国血统中国籍人士');
    expect(nationName('57')).toBeNull();
    expect(nationName('00')).toBeNull();
  });
});

describe('resident card (golden, hand-placed offsets)', () => {
  const text = handText([
    [0, '测试甲'],
    [30, '1'],
    [32, '01'],
    [36, '19491231'],
    [52, '北京市东城区测试路1号'],
    [122, '11010519491231002X'],
    [158, '北京市公安局东城分局'],
    [188, '20100303'],
    [204, '长期'],
  ]);

  it('parses every field', () => {
    expect(parseCardText(text)).toEqual({
      kind: 'resident',
      name: '测试甲',
      sex: 'male',
      sexCode: '1',
      nationCode: '01',
      nation: '汉',
      birthDate: '1949-12-31',
      address: '北京市东城区测试路1号',
      appendedAddresses: [],
      idNumber: '11010519491231002X',
      idNumberCheck: 'valid',
      issuingAuthority: '北京市公安局东城分局',
      validFrom: '2010-03-03',
      validUntil: null,
      validLongTerm: true,
      warnings: [],
    });
  });

  it('flags rather than rejects odd values', () => {
    const odd = handText([
      [0, '测试'],
      [30, '7'],
      [32, '61'],
      [36, '19490231'],
      [122, '110105194912310021'],
      [188, '20100303'],
      [204, '20300303'],
    ]);
    const card = parseCardText(odd);
    expect(card).toMatchObject({ sex: 'unknown', nation: '61', idNumberCheck: 'invalid', birthDate: null, validUntil: '2030-03-03' });
    expect(card.warnings).toEqual(['id-number-check-failed', 'unknown-sex-code', 'birth-date-invalid', 'unknown-nation-code']);
  });

  it('includes appended addresses', () => {
    const card = parseCardText(text, [buildAppendedAddress('北京市西城区测试路2号'), buildAppendedAddress('')]);
    expect(card.kind === 'resident' && card.appendedAddresses).toEqual(['北京市西城区测试路2号']);
  });
});

describe('foreigner and HK/Macau/Taiwan layouts (golden, hand-placed offsets)', () => {
  it("2017 'I'", () => {
    const text = handText([
      [0, 'TEST, SAMPLE PERSON'],
      [120, '2'],
      [122, 'CAN110080010001'],
      [152, 'CAN'],
      [158, '测试丙'],
      [188, '20180601'],
      [204, '20280601'],
      [220, '19800715'],
      [236, '01'],
      [240, '1100'],
      [248, 'I'],
    ]);
    expect(parseCardText(text)).toMatchObject({
      kind: 'foreign-permanent-2017',
      englishName: 'TEST, SAMPLE PERSON',
      chineseName: '测试丙',
      sex: 'female',
      idNumber: 'CAN110080010001',
      idNumberCheck: 'not-applicable',
      nationality: 'CAN',
      birthDate: '1980-07-15',
      validFrom: '2018-06-01',
      validUntil: '2028-06-01',
      cardVersion: '01',
      acceptingOfficeCode: '1100',
      warnings: [],
    });
  });

  it("2023 'Y' joins the split English name", () => {
    const text = handText([
      [0, '测试丁'],
      [30, '1'],
      [32, '01'],
      [36, '19850101'],
      [52, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ ABCDEFGH'],
      [122, '932682198501010017'],
      [188, '20230808'],
      [204, '20330807'],
      [220, 'IJK LMN'],
      [242, 'USA'],
      [248, 'Y'],
      [250, 'X01'],
    ]);
    expect(parseCardText(text)).toMatchObject({
      kind: 'foreign-permanent-2023',
      chineseName: '测试丁',
      englishName: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ ABCDEFGHIJK LMN',
      renewalCount: '01',
      idNumberCheck: 'valid',
      nationality: 'USA',
      previousCardLink: 'X01',
      validUntil: '2033-08-07',
    });
  });

  it("HK/Macau/Taiwan 'J'", () => {
    const text = handText([
      [0, '测试戊'],
      [30, '1'],
      [36, '19920303'],
      [52, '广东省深圳市'],
      [122, '830000199203030034'],
      [158, '深圳市公安局'],
      [188, '20190101'],
      [204, '20240101'],
      [220, 'T12345678'],
      [238, '02'],
      [248, 'J'],
    ]);
    expect(parseCardText(text)).toMatchObject({
      kind: 'hk-macau-taiwan',
      name: '测试戊',
      region: 'TW',
      permitNumber: 'T12345678',
      issueCount: '02',
      address: '广东省深圳市',
      issuingAuthority: '深圳市公安局',
    });
  });

  it('rejects an unknown type flag with a precise reason', () => {
    try {
      cardKindOf(handText([[248, 'Q']]));
      expect.unreachable();
    } catch (e) {
      expect(isReaderError(e) && e.code).toBe('idcard.reply-layout');
      expect((e as Error).message).toContain('U+0051');
    }
  });
});

describe('fixture builder', () => {
  it.each(SAMPLE_CARD_NAMES)('%s: builds a 1295-byte reply that parses back to its fields', (name) => {
    const sim = sampleCard(name);
    const frame = buildReadReplyFrame(buildCardText(sim.spec), sim.photo);
    expect(frame.length).toBe(1295);
    expect(frame.subarray(0, 14).toString('hex')).toBe('aaaaaa966905080000900100' + '0400');
    const reply = parseReadReply(toResponse(decodeFrame(frame, 'response')), false);
    expect(reply.photo.equals(sim.photo)).toBe(true);
    expect(frame.subarray(270, 1294).equals(sim.photo)).toBe(true);
    const card = parseCardText(reply.text);
    expect(card.kind).toBe(sim.spec.kind);
    expect(card.warnings).toEqual([]);
    for (const [key, value] of Object.entries(sim.spec.fields)) {
      if (value === '长期') expect(card.validLongTerm).toBe(true);
      else if (/^\d{8}$/.test(value)) expect(Object.values(card)).toContain(`${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6)}`);
      else if (!/^englishName\d$|^sexCode$|^nationCode$/.test(key) && value !== '') expect(Object.values(card)).toContain(value);
    }
  });

  it('puts the resident text at frame bytes 14–269 and 长期 at text offset 204', () => {
    const frame = buildReadReplyFrame(buildCardText(sampleCard('resident-long-term').spec));
    expect(frame.toString('utf16le', 14, 14 + 6)).toBe('测试乙');
    expect(frame.toString('utf16le', 14 + 204, 14 + 220)).toBe('长期      ');
  });

  it('refuses a value wider than its field', () => {
    const spec = sampleCard('resident').spec;
    expect(() => buildCardText({ ...spec, fields: { ...spec.fields, name: '一二三四五六七八九十一二三四五六' } } as typeof spec)).toThrow(/name/);
  });
});

describe('recorded fixture frames', () => {
  const fixture = (name: string): Buffer =>
    Buffer.from(readFileSync(new URL(`../../../../fixtures/idcard/${name}.read-reply.hex`, import.meta.url), 'utf8').trim(), 'hex');

  it('resident with 长期 validity', () => {
    const reply = parseReadReply(toResponse(decodeFrame(fixture('resident-long-term'), 'response')), false);
    expect(parseCardText(reply.text)).toMatchObject({
      kind: 'resident',
      name: '测试乙',
      nation: '维吾尔',
      sex: 'female',
      birthDate: '1960-02-29',
      validLongTerm: true,
      validUntil: null,
      address: '新疆维吾尔自治区乌鲁木齐市天山区测试街道测试社区测试路二十八号院三号楼',
    });
  });

  it('2023 foreigner card', () => {
    const reply = parseReadReply(toResponse(decodeFrame(fixture('foreigner-2023'), 'response')), false);
    expect(parseCardText(reply.text)).toMatchObject({
      kind: 'foreign-permanent-2023',
      englishName: 'TESTPERSON-LONGFAMILYNAME, SAMPLEGIVEN NAME',
      idNumber: '932682198501010017',
      idNumberCheck: 'valid',
    });
  });
});
