import { fail, ok, type DomainResult } from './result';

export const phoneErrorCodes = { required: 'PHONE_REQUIRED', invalid: 'PHONE_INVALID' } as const;

/** Strips what people type around a number: spaces, hyphens and a +86 / 0086 country prefix. */
export function normalizePhone(raw: string): string {
  const compact = raw.replace(/[\s-]/g, '');
  return compact.replace(/^(\+86|0086)(?=1\d{10}$)/, '');
}

/** Mainland mobile number: 11 digits, starting 13-19. */
export function parseMobilePhone(raw: string): DomainResult<string> {
  const phone = normalizePhone(raw);
  if (phone === '') return fail(phoneErrorCodes.required);
  return /^1[3-9]\d{9}$/.test(phone) ? ok(phone) : fail(phoneErrorCodes.invalid);
}
