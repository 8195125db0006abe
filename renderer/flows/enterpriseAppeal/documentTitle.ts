import type { AppealDocumentType } from '../../../common/contract/services/enterpriseFlows';
import { useText } from '../../i18n/useText';
import { useAgentTitle } from '../shared/enterprise/agentTitle';

type AgentDocument = 'agent_id_front' | 'agent_id_back' | 'agent_holding_id';
const agentDocuments: ReadonlySet<AppealDocumentType> = new Set<AgentDocument>(['agent_id_front', 'agent_id_back', 'agent_holding_id']);
const isAgentDocument = (type: AppealDocumentType): type is AgentDocument => agentDocuments.has(type);

/** An appeal material's name in the citizen's language; the agent's materials name the province's agent title. */
export function useAppealDocumentTitle(): (type: AppealDocumentType) => string {
  const { t } = useText();
  const title = useAgentTitle();
  return (type) => (isAgentDocument(type) ? t(`enterprise.appealAgent.documents.${type}`, { title: title.value }) : t(`enterprise.appeal.documents.${type}`));
}
