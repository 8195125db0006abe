import fc from 'fast-check';
import { daysInMonth } from '../../../../common/domain/calendarDate';
import { idNumberCheckChar } from '../../../../common/domain/idNumber';
import { USCC_ALPHABET, usccCheckChar } from '../../../../common/domain/uscc';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const birthDateArb = fc
  .record({ year: fc.integer({ min: 1900, max: 2024 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map((d) => ({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }));

export const validIdNumberArb = fc.tuple(fc.integer({ min: 110000, max: 659999 }), birthDateArb, fc.integer({ min: 0, max: 999 })).map(([region, b, seq]) => {
  const first17 = `${region}${pad(b.year, 4)}${pad(b.month, 2)}${pad(b.day, 2)}${pad(seq, 3)}`;
  return first17 + idNumberCheckChar(first17);
});

export const validUsccArb = fc
  .array(fc.constantFrom(...USCC_ALPHABET), { minLength: 17, maxLength: 17 })
  .map((chars) => chars.join('') + usccCheckChar(chars.join('')));

/** A position and a different character from `alphabet` to put there. */
export const singleChangeArb = (alphabet: string) => fc.record({ position: fc.integer({ min: 0, max: 17 }), replacement: fc.constantFrom(...alphabet) });

export function replaceAt(text: string, position: number, ch: string): string {
  return text.slice(0, position) + ch + text.slice(position + 1);
}
