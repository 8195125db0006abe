import { randomBytes } from 'node:crypto';

const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * A receipt number a citizen can read out at the counter: kiosk-local date, then six characters
 * without look-alikes (no 0/O, 1/I/L). Not a secret and not derived from personal data.
 */
export function newReceiptNo(now: Date, random: (n: number) => Uint8Array = randomBytes): string {
  const pad = (v: number) => String(v).padStart(2, '0');
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  const bytes = random(6);
  const tail = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${date}-${tail}`;
}
