import { maskEnterpriseName, maskIdNumber, maskName, maskPhone, maskUscc } from '../../../common/domain/mask';

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

/** The first object, depth first, that names a person or an enterprise: the citizen an item is for. */
function holderOf(value: unknown): Record<string, unknown> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.name === 'string' || typeof record.enterpriseName === 'string') return record;
  for (const inner of Object.values(record)) {
    const found = holderOf(inner);
    if (found) return found;
  }
  return undefined;
}

/**
 * Who a queued item is for, masked, in one line a clerk can match against the person at the counter:
 * "陈* 540**********1165". Null when the payload names no one.
 */
export function citizenOf(payload: unknown): string | null {
  const holder = holderOf(payload);
  if (!holder) return null;
  const masked = [
    typeof holder.enterpriseName === 'string' && maskEnterpriseName(holder.enterpriseName),
    typeof holder.uscc === 'string' && maskUscc(holder.uscc),
    typeof holder.name === 'string' && maskName(holder.name),
    typeof holder.idNumber === 'string' && maskIdNumber(holder.idNumber),
  ];
  return masked.filter((part): part is string => typeof part === 'string' && part !== '').join(' ');
}
