import { fail, ok, type DomainResult } from './result';

/** GB 32100-2015 alphabet: value = index; I, O, S, V and Z are never used. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights 3^(i-1) mod 31 for positions 1-17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export const usccErrorCodes = {
  required: 'USCC_REQUIRED',
  length: 'USCC_LENGTH',
  characters: 'USCC_CHARACTERS',
  checkChar: 'USCC_CHECK_CHAR',
} as const;

/** The check character for the first 17 characters; throws on characters outside the alphabet. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('usccCheckChar needs exactly 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i]!);
    if (value < 0) throw new RangeError(`not a USCC character: ${first17[i]}`);
    sum += value * WEIGHTS[i]!;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function normalizeUscc(raw: string): string {
  return raw.trim().toUpperCase();
}

export function parseUscc(raw: string): DomainResult<string> {
  const uscc = normalizeUscc(raw);
  if (uscc === '') return fail(usccErrorCodes.required);
  if (uscc.length !== 18) return fail(usccErrorCodes.length);
  for (const ch of uscc) if (!USCC_ALPHABET.includes(ch)) return fail(usccErrorCodes.characters);
  if (usccCheckChar(uscc.slice(0, 17)) !== uscc[17]) return fail(usccErrorCodes.checkChar);
  return ok(uscc);
}
