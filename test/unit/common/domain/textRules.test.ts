import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from '../../../../common/domain/idTypes';
import { maskIdNumber, maskName, maskPhone } from '../../../../common/domain/mask';
import { parsePersonName } from '../../../../common/domain/name';
import { parseMobilePhone } from '../../../../common/domain/phone';

describe('mobile phone', () => {
  it('normalises what people type', () => {
    expect(parseMobilePhone('+86 138-0000-0000')).toEqual({ ok: true, value: '13800000000' });
  });
  it.each([
    ['', 'PHONE_REQUIRED'],
    ['12800000000', 'PHONE_INVALID'],
    ['1380000000', 'PHONE_INVALID'],
    ['0138000000a', 'PHONE_INVALID'],
  ])('refuses %s with %s', (input, code) => expect(parseMobilePhone(input)).toEqual({ ok: false, code }));
});

describe('masking', () => {
  it('masks phone, ID number and name', () => {
    expect(maskPhone('13800000000')).toBe('138****0000');
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('阿依古丽·买买提')).toBe('阿*******');
  });
});

describe('person name', () => {
  it.each([
    ['王小明', '王小明'],
    ['阿依古丽•买买提', '阿依古丽·买买提'],
    ['爱新觉罗·玄烨', '爱新觉罗·玄烨'],
    ['  John  SMITH-Jones ', 'John SMITH-Jones'],
    ["José O'Neil", "José O'Neil"],
    ['买买提·艾力·阿不都热依木·吐尔逊江·阿不都克里木', '买买提·艾力·阿不都热依木·吐尔逊江·阿不都克里木'],
  ])('accepts %s', (input, value) => expect(parsePersonName(input)).toEqual({ ok: true, value }));

  it.each([
    ['', 'NAME_REQUIRED'],
    ['王', 'NAME_TOO_SHORT'],
    ['王小明1', 'NAME_CHARACTERS'],
    ['王 小明', 'NAME_CHARACTERS'],
    ['·买买提', 'NAME_SEPARATOR_PLACEMENT'],
    ['阿依··买买提', 'NAME_SEPARATOR_PLACEMENT'],
    ['王'.repeat(51), 'NAME_TOO_LONG'],
    ['---', 'NAME_CHARACTERS'],
  ])('refuses %s with %s', (input, code) => expect(parsePersonName(input)).toEqual({ ok: false, code }));
});

describe('document numbers by type', () => {
  it('checks residence permits by MOD 11-2 and region prefix', () => {
    expect(parseDocumentNumber('hmt_residence_permit', '11010519491231002X')).toEqual({ ok: false, code: 'DOCUMENT_NUMBER_REGION' });
    expect(parseDocumentNumber('resident_id', '110105194912310021')).toEqual({ ok: false, code: 'ID_NUMBER_CHECK_CHAR' });
  });
  it('accepts both foreigner card generations and hand-entered documents', () => {
    expect(parseDocumentNumber('foreign_permanent_resident_id', 'CAN123456789012').ok).toBe(true);
    expect(parseDocumentNumber('foreign_permanent_resident_id', '932682198501010017').ok).toBe(true);
    expect(parseDocumentNumber('passport', 'e12345678')).toEqual({ ok: true, value: 'E12345678' });
    expect(parseDocumentNumber('hk_macau_travel_permit', 'H1234567')).toEqual({ ok: false, code: 'DOCUMENT_NUMBER_FORMAT' });
  });
});
