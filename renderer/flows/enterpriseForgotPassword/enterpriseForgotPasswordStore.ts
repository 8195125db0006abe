import { ref, shallowRef } from 'vue';
import type { EnterpriseReceipt } from '../../../common/contract/services/enterpriseFlows';
import type { PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { defineFlowStore } from '../shared/defineFlowStore';
import type { FlowOutcome } from '../shared/outcome';

export type EnterpriseForgotPasswordStep = 'identity' | 'face' | 'sms' | 'password' | 'done';

/** Enterprise password reset: legal account, legal representative's card, new password; wiped with the session. */
export const useEnterpriseForgotPasswordStore = defineFlowStore('flow.enterpriseForgotPassword', () => ({
  step: ref<EnterpriseForgotPasswordStep>('identity'),
  legalAccount: ref(''),
  representative: shallowRef<PersonIdentityInput | null>(null),
  maskedPhone: ref(''),
  /** What the province asks of the legal representative, as main answered. */
  proofs: shallowRef<{ faceRequired: boolean; smsRequired: boolean } | null>(null),
  faceVerificationId: ref(''),
  smsChallengeId: ref(''),
  password: ref(''),
  confirm: ref(''),
  receipt: shallowRef<EnterpriseReceipt | null>(null),
  outcome: shallowRef<FlowOutcome | null>(null),
}));
