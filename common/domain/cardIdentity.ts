import type { CardFields, CardRead } from '../contract/services/reader';
import type { PersonHolder, PersonIdentityInput } from '../contract/services/personFlows';
import type { IdType } from './idTypes';
import { normalizeName } from './name';

/**
 * The one mapping from what a card reader returned to the identity a flow uses. Main compares a
 * card-sourced identity from the renderer with this mapping of its own read, so both sides must use
 * exactly this function: any drift would make every genuine card fail as a mismatch.
 */
export interface CardIdentity {
  name: string;
  idType: IdType;
  idNumber: string;
  validity: { start: string; end: string } | null;
}

const idTypeOfCard: Record<CardFields['kind'], IdType> = {
  resident: 'resident_id',
  'foreign-permanent-2017': 'foreign_permanent_resident_id',
  'foreign-permanent-2023': 'foreign_permanent_resident_id',
  'hk-macau-taiwan': 'hmt_residence_permit',
};

/**
 * Name as the identity API knows the holder: the Chinese name where the card has one, else the
 * English name; normalised as the name rule does (space-padded chip fields, dot variants), so the
 * holder main checks is the very name this mapping gives.
 */
export function cardHolderName(card: CardFields): string {
  switch (card.kind) {
    case 'resident':
    case 'hk-macau-taiwan':
      return normalizeName(card.name);
    default:
      return normalizeName(card.chineseName) || normalizeName(card.englishName);
  }
}

export function cardIdentity(card: CardFields): CardIdentity {
  const end = card.validLongTerm ? 'long-term' : card.validUntil;
  return {
    name: cardHolderName(card),
    idType: idTypeOfCard[card.kind],
    idNumber: card.idNumber.toUpperCase(),
    validity: card.validFrom && end ? { start: card.validFrom, end } : null,
  };
}

/** The identity a flow takes from a card read: every field locked, marked as read by this kiosk. */
export function identityFromCard(read: CardRead): PersonIdentityInput {
  return { ...cardIdentity(read.card), source: 'card', readId: read.readId };
}

export function holderOf(identity: PersonHolder): PersonHolder {
  return { name: identity.name, idType: identity.idType, idNumber: identity.idNumber };
}

/** Same person, same document, same validity: what main requires of a card-sourced identity. */
export function sameCardIdentity(a: CardIdentity, b: CardIdentity): boolean {
  return (
    a.name === b.name && a.idType === b.idType && a.idNumber === b.idNumber && a.validity?.start === b.validity?.start && a.validity?.end === b.validity?.end
  );
}
