import { defineFlowManifest } from '../shared/flowManifest';
import { PhoneIcon } from '../../pictures/icons/serviceIcons';

export default defineFlowManifest({
  route: { name: 'enterprise-phone-change', path: '/enterprise/phone-change' },
  component: () => import('./EnterprisePhoneChangeFlow.vue'),
  tile: { group: 'enterprise', order: 6, title: 'enterprise.home.phoneChange', body: 'enterprise.home.phoneChangeBody', icon: PhoneIcon },
  queueable: false,
});
