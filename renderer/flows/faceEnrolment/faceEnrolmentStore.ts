import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { FlowReceipt, PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { useSessionStore } from '../../stores/session';
import type { FlowOutcome } from '../shared/outcome';

export type FaceEnrolmentStep = 'identify' | 'face' | 'done';

/** Face capture on its own (flow 3): the one queueable person flow; wiped with the session. */
export const useFaceEnrolmentStore = defineStore('flow.faceEnrolment', () => {
  const step = ref<FaceEnrolmentStep>('identify');
  const identity = shallowRef<PersonIdentityInput | null>(null);
  const receipt = shallowRef<FlowReceipt | null>(null);
  const outcome = shallowRef<FlowOutcome | null>(null);
  function reset(): void {
    step.value = 'identify';
    identity.value = null;
    receipt.value = null;
    outcome.value = null;
  }
  useSessionStore().onWipe(reset);
  return { step, identity, receipt, outcome, reset };
});
