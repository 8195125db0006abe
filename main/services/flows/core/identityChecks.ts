import type { PersonHolder, PersonIdentityInput } from '../../../../common/contract/services/personFlows';
import { parseCalendarDate, type CalendarDate } from '../../../../common/domain/calendarDate';
import { sameCardIdentity } from '../../../../common/domain/cardIdentity';
import { parseIdNumber } from '../../../../common/domain/idNumber';
import { idTypeEmbedsBirthDate, parseDocumentNumber } from '../../../../common/domain/idTypes';
import { parsePersonName } from '../../../../common/domain/name';
import { checkValidityPeriod, isMinor, type CheckedValidity } from '../../../../common/domain/validityPeriod';
import { flowErrorCodes } from '../../../../common/errorCodes';
import { KioskError } from '../../../../common/errors';
import type { ProvinceProfile } from '../../../../common/profiles/provinceProfile';
import type { CardMemory } from './cardMemory';
import { invalidField } from './flowErrors';

export type CheckedHolder = PersonHolder & { birthDate: CalendarDate | null };

/** The holder alone, as the identity API takes it (a checked holder carries its birth date too). */
export const plainHolder = (holder: PersonHolder): PersonHolder => ({ name: holder.name, idType: holder.idType, idNumber: holder.idNumber });

type Validity = NonNullable<PersonIdentityInput['validity']>;
type ValidityWarning = NonNullable<CheckedValidity['termWarning']>;

/** An identity that passed every check, in the shapes the flows need. */
export interface CheckedIdentity {
  holder: CheckedHolder;
  /** Under 16 on the China date of today. */
  minor: boolean;
  validity: Validity | null;
  /**
   * Typed entries only: the dates typed do not give the term the holder's age suggests. Staff see it
   * and may go on; a card read is authentic and never gets one.
   */
  validityWarning: ValidityWarning | null;
  /** The identity as the identity API takes it (validity only when the card has one). */
  api: PersonHolder & { validity?: Validity };
}

export interface IdentityCheckOptions {
  /**
   * Whether the card must carry a validity period. Person flows accept none (under-16 cards have
   * none; the validity rule then decides by age); a legal representative or agent is an adult
   * whose card always has one.
   */
  validity: 'byAge' | 'required';
}

/**
 * The identity checks every flow makes in main, person or enterprise: the holder by the shared
 * domain rules and the province's ID types, the validity period against the birth date (refused
 * only when certainly wrong: a read card is authentic), and where
 * the identity came from — a card-sourced one must be what the reader read, a typed one needs
 * assisted mode.
 */
export function createIdentityChecks(deps: { profile: ProvinceProfile; cards: CardMemory; assisted: () => boolean; today: () => CalendarDate }) {
  function checkHolder(holder: PersonHolder, prefix = 'holder'): CheckedHolder {
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
      if (!same) throw new KioskError(flowErrorCodes.cardMismatch, 'identity does not match the card read', prefix);
    } else if (!deps.assisted()) {
      throw new KioskError(flowErrorCodes.manualEntryNotAllowed, 'manual identity entry needs assisted mode', prefix);
    }
  }

  /** Refuses only what is certainly wrong; the term mismatch comes back as a warning. */
  function checkValidity(birthDate: CalendarDate, validity: Validity | null, field: string, options: IdentityCheckOptions): ValidityWarning | null {
    if (!validity && options.validity === 'required') throw invalidField('VALIDITY_START_REQUIRED', field);
    const start = validity ? parseCalendarDate(validity.start) : undefined;
    const end = validity?.end === 'long-term' ? 'long-term' : validity ? parseCalendarDate(validity.end) : undefined;
    if (validity && (!start || !end)) throw invalidField('VALIDITY_START_REQUIRED', field);
    const checked = checkValidityPeriod({ birthDate, today: deps.today(), ...(start ? { start } : {}), ...(end ? { end } : {}) });
    if (!checked.ok) throw invalidField(checked.code, field);
    return checked.value.termWarning;
  }

  function checkIdentity(identity: PersonIdentityInput, prefix: string, options: IdentityCheckOptions): CheckedIdentity {
    const holder = checkHolder(identity, prefix);
    checkSource(identity, holder, prefix);
    const warning = holder.birthDate ? checkValidity(holder.birthDate, identity.validity, `${prefix}.validity`, options) : null;
    const { validity } = identity;
    return {
      holder,
      minor: holder.birthDate !== null && isMinor(holder.birthDate, deps.today()),
      validity,
      validityWarning: identity.source === 'manual' ? warning : null,
      api: { ...plainHolder(holder), ...(validity ? { validity } : {}) },
    };
  }

  /**
   * A holder the page names without saying where it came from (account lookup, sign-in) must be
   * the holder of a card read in this session, or typed by staff in assisted mode: the page's
   * insistence on a card is not enough, main decides.
   */
  function requirePresented(holder: CheckedHolder, prefix = 'holder'): CheckedHolder {
    if (!deps.assisted() && !deps.cards.holds(holder)) {
      throw new KioskError(flowErrorCodes.manualEntryNotAllowed, 'an identity not read from a card needs assisted mode', prefix);
    }
    return holder;
  }

  return { checkHolder, checkIdentity, requirePresented };
}

export type IdentityChecks = ReturnType<typeof createIdentityChecks>;
