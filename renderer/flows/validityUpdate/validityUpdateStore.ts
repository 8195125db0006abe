import { ref, shallowRef } from 'vue';
import type { FlowReceipt, PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { defineFlowStore } from '../shared/defineFlowStore';
import type { FlowOutcome } from '../shared/outcome';

export type ValidityUpdateStep = 'identify' | 'face' | 'done';

/** ID validity update after a card renewal: online only; wiped with the session. */
export const useValidityUpdateStore = defineFlowStore('flow.validityUpdate', () => ({
  step: ref<ValidityUpdateStep>('identify'),
  identity: shallowRef<PersonIdentityInput | null>(null),
  receipt: shallowRef<FlowReceipt | null>(null),
  outcome: shallowRef<FlowOutcome | null>(null),
}));
