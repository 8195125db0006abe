import { defineFlowManifest } from '../shared/flowManifest';
import { EnterpriseAccountIcon } from '../../pictures/icons/serviceIcons';

export default defineFlowManifest({
  route: { name: 'enterprise-account-services', path: '/enterprise/account-services' },
  component: () => import('./EnterpriseAccountServicesFlow.vue'),
  tile: { group: 'enterprise', order: 7, title: 'enterprise.home.accountServices', body: 'enterprise.home.accountServicesBody', icon: EnterpriseAccountIcon },
  queueable: false,
});
