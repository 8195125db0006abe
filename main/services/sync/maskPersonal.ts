import { maskIdNumber, maskName, maskPhone } from '../../../common/domain/mask';

const phone = /^1[3-9]\d{9}$/;
const idNumber = /^\d{17}[\dXx]$/;

/** Masks one text value with the domain's own masking: phones and ID numbers keep their ends, the rest its first character. */
export function maskString(value: string): string {
  if (phone.test(value)) return maskPhone(value);
  if (idNumber.test(value)) return maskIdNumber(value);
  return maskName(value);
}

/**
 * Copy of a queued payload fit for the staff screen: every string leaf masked, structure and
 * non-text values kept so staff can tell which item is which without reading personal data.
 */
export function maskPayload(value: unknown): unknown {
  if (typeof value === 'string') return maskString(value);
  if (Array.isArray(value)) return value.map(maskPayload);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskPayload(v)]));
  }
  return value;
}
