import { ref, shallowRef } from 'vue';
import type { EnterpriseReceipt } from '../../../common/contract/services/enterpriseFlows';
import type { PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { defineFlowStore } from '../shared/defineFlowStore';
import { blankEnterprise } from '../shared/enterprise/enterpriseDraft';
import type { FlowOutcome } from '../shared/outcome';

export type EnterpriseRegistrationStep = 'enterprise' | 'representative' | 'phone' | 'password' | 'face' | 'done';

/** Enterprise registration: the enterprise, its legal representative's card, phone and password; wiped with the session. */
export const useEnterpriseRegistrationStore = defineFlowStore('flow.enterpriseRegistration', () => ({
  step: ref<EnterpriseRegistrationStep>('enterprise'),
  enterprise: ref(blankEnterprise()),
  representative: shallowRef<PersonIdentityInput | null>(null),
  phone: ref(''),
  smsChallengeId: ref(''),
  accountName: ref(''),
  password: ref(''),
  confirm: ref(''),
  receipt: shallowRef<EnterpriseReceipt | null>(null),
  outcome: shallowRef<FlowOutcome | null>(null),
}));
