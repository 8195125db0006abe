import { ref, shallowRef } from 'vue';
import type { EnterpriseReceipt } from '../../../common/contract/services/enterpriseFlows';
import type { PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { defineFlowStore } from '../shared/defineFlowStore';
import { blankEnterprise } from '../shared/enterprise/enterpriseDraft';
import type { FlowOutcome } from '../shared/outcome';

export type EnterprisePhoneChangeStep = 'identity' | 'face' | 'phone' | 'done';

/** Enterprise phone change: USCC and the legal representative's card, their face, the new phone; wiped with the session. */
export const useEnterprisePhoneChangeStore = defineFlowStore('flow.enterprisePhoneChange', () => ({
  step: ref<EnterprisePhoneChangeStep>('identity'),
  enterprise: ref(blankEnterprise()),
  representative: shallowRef<PersonIdentityInput | null>(null),
  /** What main answered once card and face matched the enterprise. */
  current: shallowRef<{ maskedEnterpriseName: string; maskedPhone: string } | null>(null),
  receipt: shallowRef<EnterpriseReceipt | null>(null),
  outcome: shallowRef<FlowOutcome | null>(null),
}));
