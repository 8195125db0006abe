import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, parseIdNumber } from '../../../../common/domain/idNumber';
import { replaceAt, singleChangeArb, validIdNumberArb } from './arbitraries';

describe('ID number (GB 11643)', () => {
  it('computes the check character of the standard example, X for 10', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(parseIdNumber('11010519491231002x')).toEqual({
      ok: true,
      value: { idNumber: '11010519491231002X', regionCode: '110105', birthDate: { year: 1949, month: 12, day: 31 }, sex: 'female' },
    });
  });

  it('accepts the 2023 foreigner sample numbers and reads sex from position 17', () => {
    const parsed = parseIdNumber('932682198501010017');
    expect(parsed.ok && parsed.value.sex).toBe('male');
    expect(parseIdNumber('911124198108030024').ok).toBe(true);
  });

  it.each([
    ['', 'ID_NUMBER_REQUIRED'],
    ['11010519491231002', 'ID_NUMBER_LENGTH'],
    ['110105194912310021X', 'ID_NUMBER_LENGTH'],
    ['11010519491231X02X', 'ID_NUMBER_FORMAT'],
    ['01010519491231002X', 'ID_NUMBER_FORMAT'],
    ['110105194902300021', 'ID_NUMBER_BIRTH_DATE'],
    ['110105194912310021', 'ID_NUMBER_CHECK_CHAR'],
  ])('refuses %s with %s', (input, code) => {
    expect(parseIdNumber(input)).toEqual({ ok: false, code });
  });

  it('refuses a birth date after today', () => {
    const first17 = '11010520300101001';
    expect(parseIdNumber(first17 + idNumberCheckChar(first17), { year: 2025, month: 1, day: 1 })).toEqual({ ok: false, code: 'ID_NUMBER_BIRTH_DATE' });
  });

  it('accepts every generated valid number', () => {
    fc.assert(fc.property(validIdNumberArb, (id) => parseIdNumber(id).ok));
  });

  it('refuses any single-character change', () => {
    fc.assert(
      fc.property(validIdNumberArb, singleChangeArb('0123456789X'), (id, { position, replacement }) => {
        fc.pre(id[position] !== replacement);
        expect(parseIdNumber(replaceAt(id, position, replacement)).ok).toBe(false);
      }),
    );
  });
});
