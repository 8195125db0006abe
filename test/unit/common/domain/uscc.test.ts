import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { USCC_ALPHABET, parseUscc, usccCheckChar } from '../../../../common/domain/uscc';
import { replaceAt, singleChangeArb, validUsccArb } from './arbitraries';

describe('USCC (GB 32100)', () => {
  it('computes the check character of the published examples', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(usccCheckChar('91110000100006485')).toBe('K');
    expect(parseUscc(' 91350100m000100y43 ')).toEqual({ ok: true, value: '91350100M000100Y43' });
  });

  it.each([
    ['', 'USCC_REQUIRED'],
    ['91350100M000100Y4', 'USCC_LENGTH'],
    ['91350100M000100I43', 'USCC_CHARACTERS'],
    ['91350100M000100Y44', 'USCC_CHECK_CHAR'],
  ])('refuses %s with %s', (input, code) => {
    expect(parseUscc(input)).toEqual({ ok: false, code });
  });

  it('accepts every generated valid code', () => {
    fc.assert(fc.property(validUsccArb, (code) => parseUscc(code).ok));
  });

  it('refuses any single-character change, including letters outside the alphabet', () => {
    fc.assert(
      fc.property(validUsccArb, singleChangeArb(USCC_ALPHABET + 'IOSVZ'), (code, { position, replacement }) => {
        fc.pre(code[position] !== replacement);
        expect(parseUscc(replaceAt(code, position, replacement)).ok).toBe(false);
      }),
    );
  });
});
