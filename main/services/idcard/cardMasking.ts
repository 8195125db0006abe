import type { IdCard } from './cardTypes';

/** Keeps the first `keep` characters and stars the rest; for tools and diagnostics, never for storage. */
export function maskText(value: string, keep = 1): string {
  const chars = [...value];
  return chars.slice(0, keep).join('') + '*'.repeat(Math.max(0, chars.length - keep));
}

/** ID-shaped numbers keep their first 4 and last 2 characters, enough for IT to tell cards apart. */
export function maskNumber(value: string): string {
  if (value.length <= 6) return '*'.repeat(value.length);
  return value.slice(0, 4) + '*'.repeat(value.length - 6) + value.slice(-2);
}

const MASKERS: Record<string, (v: string) => string> = {
  name: (v) => maskText(v),
  chineseName: (v) => maskText(v),
  englishName: (v) => maskText(v),
  idNumber: maskNumber,
  permitNumber: maskNumber,
  previousCardLink: (v) => maskText(v, 0),
  address: (v) => maskText(v, 6),
  birthDate: (v) => v.slice(0, 4) + '-**-**',
};

/** A copy of the card with personal fields masked; layout, validity and warnings stay readable. */
export function maskCard(card: IdCard): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(card)) {
    const mask = MASKERS[key];
    if (key === 'appendedAddresses') out[key] = (value as string[]).map((a) => maskText(a, 6));
    else out[key] = mask && typeof value === 'string' ? mask(value) : value;
  }
  return out;
}
