import { ref, shallowRef } from 'vue';
import type { FlowReceipt, PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { defineFlowStore } from '../shared/defineFlowStore';
import type { FlowOutcome } from '../shared/outcome';

export type RegistrationStep = 'agreement' | 'account' | 'identity' | 'phone' | 'face' | 'done';

/** Natural-person registration: everything the citizen gave, wiped with the session. */
export const useRegistrationStore = defineFlowStore('flow.registration', () => ({
  step: ref<RegistrationStep>('agreement'),
  agreementAccepted: ref(false),
  privacyAccepted: ref(false),
  accountName: ref(''),
  password: ref(''),
  confirm: ref(''),
  identity: shallowRef<PersonIdentityInput | null>(null),
  /** Set by main's identity check. */
  minor: ref(false),
  phone: ref(''),
  smsChallengeId: ref(''),
  faceVerificationId: ref(''),
  /** Assisted mode: the clerk's in-person check after face capture failed. */
  attestationId: ref(''),
  receipt: shallowRef<FlowReceipt | null>(null),
  outcome: shallowRef<FlowOutcome | null>(null),
  errors: ref({ accountName: '', password: '', identity: '' }),
  /** Typed entries: main found the validity term unusual for the holder's age; shown once, staff may go on. */
  validityWarning: ref(''),
}));
