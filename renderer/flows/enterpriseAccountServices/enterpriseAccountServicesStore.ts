import { ref, shallowRef } from 'vue';
import type { EnterpriseReceipt } from '../../../common/contract/services/enterpriseFlows';
import type { PersonIdentityInput } from '../../../common/contract/services/personFlows';
import type { SignedInAccount } from '../accountServices/accountServicesStore';
import { defineFlowStore } from '../shared/defineFlowStore';
import { blankEnterprise } from '../shared/enterprise/enterpriseDraft';
import type { FlowOutcome } from '../shared/outcome';

export type EnterpriseAccountServicesStep = 'identity' | 'face' | 'services' | 'done';

/** The legal representative's card + face sign-in for the enterprise, then agreement re-signing and real-name upgrade; wiped with the session. */
export const useEnterpriseAccountServicesStore = defineFlowStore('flow.enterpriseAccountServices', () => ({
  step: ref<EnterpriseAccountServicesStep>('identity'),
  enterprise: ref(blankEnterprise()),
  representative: shallowRef<PersonIdentityInput | null>(null),
  /** The enterprise's account as the person tasks show it: its masked name stands for the account's. */
  account: ref<SignedInAccount | null>(null),
  agreementAccepted: ref(false),
  receipts: shallowRef<EnterpriseReceipt[]>([]),
  outcome: shallowRef<FlowOutcome | null>(null),
}));
