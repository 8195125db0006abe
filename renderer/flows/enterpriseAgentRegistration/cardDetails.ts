import type { CardRead } from '../../../common/contract/services/reader';
import type { CardDetails } from './agentRegistrationStore';

/** The form's sex and ethnicity from a resident ID card (the chip gives the nation without 族); other cards carry no ethnicity. */
export function cardDetails(read: CardRead | undefined): CardDetails | null {
  const card = read?.card;
  if (card?.kind !== 'resident' || (card.sex !== 'male' && card.sex !== 'female') || !card.nation) return null;
  return { sex: card.sex, ethnicity: card.nation.endsWith('族') ? card.nation : `${card.nation}族` };
}
