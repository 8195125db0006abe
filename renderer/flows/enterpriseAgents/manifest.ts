import { defineFlowManifest } from '../shared/flowManifest';
import { AgentsIcon } from '../../pictures/icons/serviceIcons';

export default defineFlowManifest({
  route: { name: 'enterprise-agents', path: '/enterprise/agents' },
  component: () => import('./AgentsFlow.vue'),
  tile: { group: 'enterprise', order: 5, title: 'enterprise.home.agents', body: 'enterprise.home.agentsBody', icon: AgentsIcon },
  queueable: false,
});
