import { ref, shallowRef } from 'vue';
import type { AgentView } from '../../../common/contract/services/enterpriseFlows';
import type { PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { defineFlowStore } from '../shared/defineFlowStore';
import { blankEnterprise } from '../shared/enterprise/enterpriseDraft';
import type { FlowOutcome } from '../shared/outcome';

export type AgentsStep = 'signIn' | 'face' | 'agents' | 'grant' | 'done';

/** Adding an agent from their card; approving or rejecting one who asked; changing or removing one. */
export type AgentGrant = { mode: 'add' } | { mode: 'approve' | 'reject' | 'edit' | 'remove'; agent: AgentView };

/** What the last change gave, for its receipt. */
export interface GrantResult {
  agent: AgentView;
  mode: AgentGrant['mode'];
  at: string;
}

/** The agents of one enterprise, managed by its signed-in legal representative; wiped with the session. */
export const useAgentsStore = defineFlowStore('flow.enterpriseAgents', () => ({
  step: ref<AgentsStep>('signIn'),
  enterprise: ref(blankEnterprise()),
  representative: shallowRef<PersonIdentityInput | null>(null),
  /** Signing in with the province app instead of card + face; set once the phone confirmed. */
  qrMode: ref(false),
  qrName: ref(''),
  enterpriseName: ref(''),
  agents: shallowRef<AgentView[]>([]),
  grant: shallowRef<AgentGrant | null>(null),
  /** The agent's card, when adding. */
  agent: shallowRef<PersonIdentityInput | null>(null),
  /** The window's last day as typed (YYYYMMDD); it starts today. */
  until: ref(''),
  mayManage: ref(false),
  /** The agent's initial login password and its confirmation, when adding; cleared once sent or when another change starts. */
  password: ref(''),
  confirm: ref(''),
  result: shallowRef<GrantResult | null>(null),
  /** What the last removal or rejection did, shown above the list. */
  notice: ref(''),
  outcome: shallowRef<FlowOutcome | null>(null),
}));
