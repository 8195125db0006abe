import { computed, onMounted, watch } from 'vue';
import type { PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { useReaderStore } from '../../stores/reader';
import { useSessionStore } from '../../stores/session';
import { identityFromCard } from '../../../common/domain/cardIdentity';

/**
 * What every person flow needs from the session: it begins on entry, and the card read in this
 * session (fields only) arrives as a locked identity whenever one is laid on the reader.
 */
export function useFlowSession(onCard: (identity: PersonIdentityInput) => void) {
  const session = useSessionStore();
  const reader = useReaderStore();
  onMounted(() => session.begin());
  const card = computed(() => reader.card);
  watch(
    card,
    (read) => {
      if (read) onCard(identityFromCard(read));
    },
    { immediate: true },
  );
  return { reader };
}
