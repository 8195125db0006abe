import type { CardFields, CardRead } from '../../../common/contract/services/reader';
import type { IdType } from '../../../common/domain/idTypes';
import type { EventSink } from '../../bridge/eventHub';

/** The identity fields of a card as the flows compare them. */
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

/** Name as the identity API knows the holder: the Chinese name where the card has one. */
export function cardHolderName(card: CardFields): string {
  switch (card.kind) {
    case 'resident':
    case 'hk-macau-taiwan':
      return card.name;
    default:
      return card.chineseName.trim() || card.englishName.trim();
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

/**
 * Remembers the cards main read for the citizen at the screen, by read id, so an identity the
 * renderer says came from the card can be checked against what the reader actually returned.
 */
export class CardMemory {
  private readonly reads = new Map<string, CardIdentity>();

  /** An EventHub sink: keeps `reader.card` payloads (already validated by the hub). */
  readonly sink: EventSink = (name, payload) => {
    if (name !== 'reader.card') return;
    const read = payload as CardRead;
    // One citizen at a time: a handful of re-reads at most.
    if (this.reads.size >= 8) this.reads.delete(this.reads.keys().next().value as string);
    this.reads.set(read.readId, cardIdentity(read.card));
  };

  get(readId: string): CardIdentity | undefined {
    return this.reads.get(readId);
  }

  clear(): void {
    this.reads.clear();
  }
}
