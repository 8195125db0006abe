import { defineFlowManifest } from '../shared/flowManifest';
import { AgentRegisterIcon } from '../../pictures/icons/serviceIcons';

export default defineFlowManifest({
  route: { name: 'enterprise-agent-registration', path: '/enterprise/agent-registration' },
  component: () => import('./AgentRegistrationFlow.vue'),
  tile: {
    group: 'enterprise',
    order: 8,
    title: 'enterprise.home.agentRegistration',
    body: 'enterprise.home.agentRegistrationBody',
    icon: AgentRegisterIcon,
    offered: (profile) => profile.agentRegistration !== undefined,
  },
  queueable: false,
});
