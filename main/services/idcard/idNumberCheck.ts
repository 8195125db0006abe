import type { IdNumberCheck } from './cardTypes';

/**
 * ISO 7064 MOD 11-2 over the first 17 digits (GB 11643): weights 2^(18−i) mod 11, check character
 * "10X98765432"[S mod 11]. Also used by 2023 foreigner and 81/82/83 residence-permit numbers.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The check character for 17 digits, or null when the input is not 17 ASCII digits. */
export function mod11_2CheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK_CHARS[sum % 11] as string;
}

/** 'not-applicable' for anything that is not 18 characters shaped like a citizen number. */
export function checkIdNumber(idNumber: string): IdNumberCheck {
  if (!/^\d{17}[\dXx]$/.test(idNumber)) return 'not-applicable';
  return mod11_2CheckChar(idNumber.slice(0, 17)) === idNumber[17]?.toUpperCase() ? 'valid' : 'invalid';
}
