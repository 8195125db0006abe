import { onMounted, ref, watch } from 'vue';
import { useRouter } from 'vue-router';
import type { PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { identityFromCard } from '../../../common/domain/cardIdentity';
import { useReaderStore } from '../../stores/reader';
import { useSessionStore } from '../../stores/session';
import { flowGroups } from './flowGroups';
import { errorCode, outcomeOf, type FlowGroup, type FlowOutcome } from './outcome';

/** What `useFlow` needs of a flow's store. */
export interface FlowStore {
  outcome: FlowOutcome | null;
  reset(): void;
}

/**
 * What every flow shares: the session begins on entry; the card read in this session arrives as a
 * locked identity whenever one is laid on the reader; `run()` makes one call to main with busy
 * state and sorts a failure (the flow ends, a field takes it, or it is shown under the step).
 */
export function useFlow(flow: FlowStore, group: FlowGroup, onCard?: (identity: PersonIdentityInput) => void) {
  const rules = flowGroups[group];
  const session = useSessionStore();
  const reader = useReaderStore();
  const router = useRouter();
  const busy = ref(false);
  const error = ref('');
  if (rules.startsFresh) flow.reset();
  onMounted(() => session.begin());
  watch(
    () => reader.card,
    (read) => {
      if (read) onCard?.(identityFromCard(read));
    },
    { immediate: true },
  );

  /** `atField` shows a failure where it belongs and answers true; false leaves it to the group's rule. */
  async function run(work: () => Promise<void>, atField?: (code: string, message: string) => boolean): Promise<void> {
    busy.value = true;
    error.value = '';
    try {
      await work();
    } catch (failure) {
      const code = errorCode(failure);
      const ending = outcomeOf(failure, group);
      if (ending) flow.outcome = ending;
      else if (atField?.(code, rules.message(code))) return;
      else if (rules.leftoverEnds) flow.outcome = { kind: 'refused', code };
      else error.value = rules.message(code);
    } finally {
      busy.value = false;
    }
  }

  /** A refusal another service resolves: that service starts in the same session. */
  function switchFlow(route: string): void {
    flow.reset();
    void router.replace({ name: route });
  }

  return { busy, error, run, switchFlow };
}
