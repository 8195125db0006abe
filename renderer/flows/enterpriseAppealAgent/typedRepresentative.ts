import type { PersonIdentityInput } from '../../../common/contract/services/personFlows';
import type { TypedRepresentative } from '../enterpriseAppeal/appealStore';

const asDate = (digits: string): string | null => (/^\d{8}$/.test(digits) ? `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}` : null);

/**
 * The legal representative's ID card as the agent typed it, once every field has its form; main
 * checks the rules (name, check character, the validity term against the birth date).
 */
export function typedIdentity(typed: TypedRepresentative): PersonIdentityInput | null {
  const start = asDate(typed.start);
  const end = typed.longTerm ? 'long-term' : asDate(typed.end);
  const idNumber = typed.idNumber.trim().toUpperCase();
  if (typed.name.trim().length < 2 || !/^\d{17}[\dX]$/.test(idNumber) || !start || !end) return null;
  return { name: typed.name.trim(), idType: 'resident_id', idNumber, validity: { start, end }, source: 'manual' };
}
