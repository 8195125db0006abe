import { ref, shallowRef } from 'vue';
import type { FlowReceipt, PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { defineFlowStore } from '../shared/defineFlowStore';
import type { FlowOutcome } from '../shared/outcome';

export type ForgotPasswordStep = 'identify' | 'face' | 'sms' | 'password' | 'done';

/** Forgot password, natural person: wiped with the session. */
export const useForgotPasswordStore = defineFlowStore('flow.forgotPassword', () => ({
  step: ref<ForgotPasswordStep>('identify'),
  identity: shallowRef<PersonIdentityInput | null>(null),
  account: shallowRef<{ maskedName: string; maskedPhone: string; smsRequired: boolean; faceRequired: boolean } | null>(null),
  faceVerificationId: ref(''),
  /** Assisted mode: the clerk's in-person check after face capture failed. */
  attestationId: ref(''),
  smsChallengeId: ref(''),
  password: ref(''),
  confirm: ref(''),
  passwordError: ref(''),
  identityError: ref(''),
  receipt: shallowRef<FlowReceipt | null>(null),
  outcome: shallowRef<FlowOutcome | null>(null),
}));
