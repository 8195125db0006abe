import { ref, shallowRef } from 'vue';
import type { FlowReceipt, PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { defineFlowStore } from '../shared/defineFlowStore';
import type { FlowOutcome } from '../shared/outcome';

export type PhoneChangeStep = 'identify' | 'face' | 'phone' | 'done';

/** Change of the reserved phone: online only; wiped with the session. */
export const usePhoneChangeStore = defineFlowStore('flow.phoneChange', () => ({
  step: ref<PhoneChangeStep>('identify'),
  identity: shallowRef<PersonIdentityInput | null>(null),
  account: shallowRef<{ maskedName: string; maskedPhone: string } | null>(null),
  identityError: ref(''),
  /** The identity proof: a matched face, or in assisted mode a clerk's attestation. */
  faceVerificationId: ref(''),
  attestationId: ref(''),
  receipt: shallowRef<FlowReceipt | null>(null),
  outcome: shallowRef<FlowOutcome | null>(null),
}));
