import type { CardRead } from '../../../../common/contract/services/reader';
import { cardIdentity, type CardIdentity } from '../../../../common/domain/cardIdentity';
import type { EventSink } from '../../../bridge/eventHub';

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

  /** Whether a card of this session names this holder (same name, document type and number). */
  holds(holder: Pick<CardIdentity, 'name' | 'idType' | 'idNumber'>): boolean {
    return [...this.reads.values()].some((read) => read.name === holder.name && read.idType === holder.idType && read.idNumber === holder.idNumber);
  }

  /** The latest read of this session whose card names this holder: its photo is the one to compare. */
  readIdOf(holder: Pick<CardIdentity, 'name' | 'idType' | 'idNumber'>): string | undefined {
    let found: string | undefined;
    for (const [readId, read] of this.reads)
      if (read.name === holder.name && read.idType === holder.idType && read.idNumber === holder.idNumber) found = readId;
    return found;
  }

  clear(): void {
    this.reads.clear();
  }
}
