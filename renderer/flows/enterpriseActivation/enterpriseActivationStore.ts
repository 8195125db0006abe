import { ref, shallowRef } from 'vue';
import type { EnterpriseReceipt } from '../../../common/contract/services/enterpriseFlows';
import type { PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { defineFlowStore } from '../shared/defineFlowStore';
import { blankEnterprise } from '../shared/enterprise/enterpriseDraft';
import type { FlowOutcome } from '../shared/outcome';

export type EnterpriseActivationStep = 'enterprise' | 'sms' | 'account' | 'done';

/** Activation of an enterprise account registered at the counter: wiped with the session. */
export const useEnterpriseActivationStore = defineFlowStore('flow.enterpriseActivation', () => ({
  step: ref<EnterpriseActivationStep>('enterprise'),
  enterprise: ref(blankEnterprise()),
  representative: shallowRef<PersonIdentityInput | null>(null),
  maskedEnterpriseName: ref(''),
  maskedPhone: ref(''),
  smsChallengeId: ref(''),
  accountName: ref(''),
  password: ref(''),
  confirm: ref(''),
  receipt: shallowRef<EnterpriseReceipt | null>(null),
  outcome: shallowRef<FlowOutcome | null>(null),
}));
