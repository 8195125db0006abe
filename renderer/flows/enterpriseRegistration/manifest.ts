import { defineFlowManifest } from '../shared/flowManifest';

export default defineFlowManifest({
  route: { name: 'enterprise-register', path: '/enterprise/register' },
  component: () => import('./EnterpriseRegistrationFlow.vue'),
  tile: { group: 'enterprise', order: 1, title: 'enterprise.home.register', body: 'enterprise.home.registerBody', icon: '⌂' },
  queueable: false,
});
