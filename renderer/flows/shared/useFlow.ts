import { onMounted, provide, ref, watch } from 'vue';
import { useRouter } from 'vue-router';
import type { PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { identityFromCard } from '../../../common/domain/cardIdentity';
import { useBoundedWait, WaitEnded } from '../../composables/useBoundedWait';
import { useReaderStore } from '../../stores/reader';
import { useSessionStore } from '../../stores/session';
import { useSystemStore } from '../../stores/system';
import { flowContextKey } from './flowContext';
import { flowGroups } from './flowGroups';
import { errorCode, outcomeOf, type FlowGroup, type FlowOutcome } from './outcome';

/** What `useFlow` needs of a flow's store. */
export interface FlowStore {
  outcome: FlowOutcome | null;
  reset(): void;
}

/** Without a hall setting, the longest a citizen waits for one step. */
const defaultStepWaitSeconds = 15;

/**
 * What every flow shares: the session begins on entry; the card read in this session arrives as a
 * locked identity whenever one is laid on the reader; `run()` makes one call to main with busy
 * state and a visible, bounded wait, and sorts a failure (the flow stops, a field takes it, or it
 * is shown under the step). A stop for an outage offers "try again", which runs the same step with
 * everything the citizen has done so far.
 */
export function useFlow(flow: FlowStore, group: FlowGroup, onCard?: (identity: PersonIdentityInput) => void) {
  const rules = flowGroups[group];
  const session = useSessionStore();
  const reader = useReaderStore();
  const system = useSystemStore();
  const router = useRouter();
  const busy = ref(false);
  const error = ref('');
  const wait = useBoundedWait(() => system.info?.stepWaitSeconds ?? defaultStepWaitSeconds);
  /** The outage that stopped the flow and how to take its step again. */
  let retryable: { outcome: FlowOutcome; again: () => Promise<void> } | undefined;

  function retry(): void {
    const stopped = retryable;
    retryable = undefined;
    const again = stopped && flow.outcome === stopped.outcome ? stopped.again : undefined;
    flow.outcome = null;
    error.value = '';
    if (again) void again();
  }
  provide(flowContextKey, { wait, retry });

  if (rules.startsFresh) flow.reset();
  onMounted(() => session.begin());
  watch(
    () => reader.card,
    (read) => {
      if (read) onCard?.(identityFromCard(read));
    },
    { immediate: true },
  );

  /**
   * The kiosk stopped waiting, but main may still answer. A late success moves the flow on as if
   * the wait had lasted; anything arriving after the session ended is wiped with the flow.
   */
  function answerLate(attempt: Promise<void>, generation: number, stopped: FlowOutcome | undefined): () => boolean {
    let settled = false;
    attempt.then(
      () => {
        settled = true;
        if (session.generation !== generation) flow.reset();
        else if (stopped && flow.outcome === stopped) {
          flow.outcome = null;
          retryable = undefined;
        }
      },
      () => {
        settled = true;
        if (session.generation !== generation) flow.reset();
      },
    );
    return () => settled;
  }

  /** `atField` shows a failure where it belongs and answers true; false leaves it to the group's rule. */
  async function run(work: () => Promise<void>, atField?: (code: string, message: string) => boolean, inFlight?: Promise<void>): Promise<void> {
    const generation = session.generation;
    busy.value = true;
    error.value = '';
    const attempt = inFlight ?? work();
    try {
      await wait.wait(attempt);
    } catch (failure) {
      const code = errorCode(failure);
      const ending = outcomeOf(failure, group);
      const settled = failure instanceof WaitEnded ? answerLate(attempt, generation, ending) : () => true;
      // The citizen has gone (timeout, cancel): what this call found belongs to nobody on screen.
      if (session.generation !== generation) return;
      if (ending) {
        flow.outcome = ending;
        if (ending.kind === 'unavailable') retryable = { outcome: ending, again: () => run(work, atField, settled() ? undefined : attempt) };
      } else if (atField?.(code, rules.message(code))) return;
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
