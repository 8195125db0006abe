import type { CardFields, CardRead } from '../../../common/contract/services/reader';
import type { PersonHolder, PersonIdentityInput } from '../../../common/contract/services/personFlows';
import type { IdType } from '../../../common/domain/idTypes';

const idTypeOfCard: Record<CardFields['kind'], IdType> = {
  resident: 'resident_id',
  'foreign-permanent-2017': 'foreign_permanent_resident_id',
  'foreign-permanent-2023': 'foreign_permanent_resident_id',
  'hk-macau-taiwan': 'hmt_residence_permit',
};

/** The identity a flow takes from a card read: name, ID type and number, validity, all locked. */
export function identityFromCard(read: CardRead): PersonIdentityInput {
  const { card } = read;
  const name = card.kind === 'resident' || card.kind === 'hk-macau-taiwan' ? card.name : card.chineseName.trim() || card.englishName.trim();
  const end = card.validLongTerm ? 'long-term' : card.validUntil;
  return {
    name,
    idType: idTypeOfCard[card.kind],
    idNumber: card.idNumber.toUpperCase(),
    validity: card.validFrom && end ? { start: card.validFrom, end } : null,
    source: 'card',
    readId: read.readId,
  };
}

export function holderOf(identity: PersonIdentityInput): PersonHolder {
  return { name: identity.name, idType: identity.idType, idNumber: identity.idNumber };
}
