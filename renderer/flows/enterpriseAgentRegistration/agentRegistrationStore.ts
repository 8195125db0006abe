import { ref, shallowRef } from 'vue';
import type { EnterpriseReceipt } from '../../../common/contract/services/enterpriseFlows';
import type { PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { defineFlowStore } from '../shared/defineFlowStore';
import { blankEnterprise } from '../shared/enterprise/enterpriseDraft';
import type { FlowOutcome } from '../shared/outcome';

export type AgentRegistrationStep = 'enterprise' | 'agent' | 'face' | 'password' | 'done';

/** What the agent's resident ID card says beside the identity: the form's 性别 and 民族. */
export interface CardDetails {
  sex: 'male' | 'female';
  ethnicity: string;
}

/** 我是代理人: the enterprise and place of registration, the agent's card and phones, face, password; wiped with the session. */
export const useAgentRegistrationStore = defineFlowStore('flow.enterpriseAgentRegistration', () => ({
  step: ref<AgentRegistrationStep>('enterprise'),
  enterprise: ref(blankEnterprise()),
  regionId: ref(''),
  agent: shallowRef<PersonIdentityInput | null>(null),
  /** null with a card laid: the card has no sex or ethnicity (not a resident ID card). */
  details: shallowRef<CardDetails | null>(null),
  phone: ref(''),
  legalRepresentativePhone: ref(''),
  faceVerificationId: ref(''),
  password: ref(''),
  confirm: ref(''),
  receipt: shallowRef<EnterpriseReceipt | null>(null),
  outcome: shallowRef<FlowOutcome | null>(null),
}));
