import { defineFlowManifest } from '../shared/flowManifest';

export default defineFlowManifest({
  route: { name: 'enterprise-agents', path: '/enterprise/agents' },
  component: () => import('./AgentsFlow.vue'),
  tile: { group: 'enterprise', order: 5, title: 'enterprise.home.agents', body: 'enterprise.home.agentsBody', icon: '⚇' },
  queueable: false,
});
