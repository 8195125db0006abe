import { defineFlowManifest } from '../shared/flowManifest';
import { EnterpriseRegisterIcon } from '../../pictures/icons/serviceIcons';

export default defineFlowManifest({
  route: { name: 'enterprise-register', path: '/enterprise/register' },
  component: () => import('./EnterpriseRegistrationFlow.vue'),
  tile: { group: 'enterprise', order: 1, title: 'enterprise.home.register', body: 'enterprise.home.registerBody', icon: EnterpriseRegisterIcon },
  queueable: false,
});
