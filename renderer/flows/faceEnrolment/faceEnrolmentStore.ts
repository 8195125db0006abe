import { ref, shallowRef } from 'vue';
import type { FlowReceipt, PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { defineFlowStore } from '../shared/defineFlowStore';
import type { FlowOutcome } from '../shared/outcome';

export type FaceEnrolmentStep = 'identify' | 'face' | 'done';

/** Face capture on its own: the one person flow whose work can wait in the outbox; wiped with the session. */
export const useFaceEnrolmentStore = defineFlowStore('flow.faceEnrolment', () => ({
  step: ref<FaceEnrolmentStep>('identify'),
  identity: shallowRef<PersonIdentityInput | null>(null),
  receipt: shallowRef<FlowReceipt | null>(null),
  outcome: shallowRef<FlowOutcome | null>(null),
}));
