import { ref } from 'vue';
import { useRouter } from 'vue-router';
import type { SessionEndReason } from '../../../common/contract/services/session';
import { useFlowSession } from '../shared/useFlowSession';
import { errorCode } from '../shared/outcome';
import { useEnterpriseStore } from './enterpriseStore';
import { enterpriseError, enterpriseOutcomeOf } from './shared';

/**
 * What every enterprise flow shares: a fresh store on entry, card reads routed to the flow,
 * `run()` for one call to main with busy state and the failure sorted (ending outcome or a message).
 */
export function useEnterpriseFlow(first: string, emit: (e: 'end-session', reason: SessionEndReason) => void, onCard?: Parameters<typeof useFlowSession>[0]) {
  const flow = useEnterpriseStore();
  const router = useRouter();
  const busy = ref(false);
  flow.reset();
  flow.step = first;
  const { reader } = useFlowSession((identity) => onCard?.(identity));

  async function run(work: () => Promise<void>, onError?: (code: string) => boolean): Promise<void> {
    busy.value = true;
    flow.error = '';
    try {
      await work();
    } catch (error) {
      const code = errorCode(error);
      const ending = enterpriseOutcomeOf(error);
      if (ending) flow.outcome = ending;
      else if (!onError?.(code)) flow.error = enterpriseError(code);
    } finally {
      busy.value = false;
    }
  }

  const home = () => emit('end-session', 'finished');
  return { flow, busy, run, home, router, reader };
}
