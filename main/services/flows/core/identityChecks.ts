import type { PersonHolder, PersonIdentityInput } from '../../../common/contract/services/personFlows';
import type { CalendarDate } from '../../../common/domain/calendarDate';
import { parseIdNumber } from '../../../common/domain/idNumber';
import { idTypeEmbedsBirthDate, parseDocumentNumber } from '../../../common/domain/idTypes';
import { sameCardIdentity } from '../../../common/domain/cardIdentity';
import { parsePersonName } from '../../../common/domain/name';
import { KioskError } from '../../../common/errors';
import type { ProvinceProfile } from '../../../common/profiles/provinceProfile';
import type { CardMemory } from './cardMemory';
import { personFlowErrorCodes } from './flowErrors';

export type CheckedHolder = PersonHolder & { birthDate: CalendarDate | null };

export const invalidField = (code: string, field: string) => new KioskError(code, `invalid ${field}`, field);

/**
 * The identity checks every flow makes in main, person or enterprise: the holder by the shared
 * domain rules and the province's ID types, and where the identity came from — a card-sourced one
 * must be what the reader read, a typed one needs assisted mode.
 */
export function createIdentityChecks(deps: { profile: ProvinceProfile; cards: CardMemory; assisted?: () => boolean; today: () => CalendarDate }) {
  function checkHolder(holder: PersonHolder, prefix: string): CheckedHolder {
    const name = parsePersonName(holder.name);
    if (!name.ok) throw invalidField(name.code, `${prefix}.name`);
    if (!deps.profile.idTypes.includes(holder.idType)) throw invalidField('ID_TYPE_NOT_OFFERED', `${prefix}.idType`);
    const number = parseDocumentNumber(holder.idType, holder.idNumber, deps.today());
    if (!number.ok) throw invalidField(number.code, `${prefix}.idNumber`);
    let birthDate: CalendarDate | null = null;
    if (idTypeEmbedsBirthDate(holder.idType)) {
      const parsed = parseIdNumber(number.value, deps.today());
      if (parsed.ok) birthDate = parsed.value.birthDate;
    }
    return { name: name.value, idType: holder.idType, idNumber: number.value, birthDate };
  }

  function checkSource(identity: PersonIdentityInput, holder: CheckedHolder, prefix: string): void {
    if (identity.source === 'card') {
      const read = identity.readId ? deps.cards.get(identity.readId) : undefined;
      const same = read && sameCardIdentity(read, { ...holder, validity: identity.validity });
      if (!same) throw new KioskError(personFlowErrorCodes.cardMismatch, 'identity does not match the card read', prefix);
    } else if (!deps.assisted?.()) {
      throw new KioskError(personFlowErrorCodes.manualEntryNotAllowed, 'manual identity entry needs assisted mode', prefix);
    }
  }

  return { checkHolder, checkSource };
}
