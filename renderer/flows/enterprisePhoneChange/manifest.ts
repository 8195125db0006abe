import { defineFlowManifest } from '../shared/flowManifest';

export default defineFlowManifest({
  route: { name: 'enterprise-phone-change', path: '/enterprise/phone-change' },
  component: () => import('./EnterprisePhoneChangeFlow.vue'),
  tile: { group: 'enterprise', order: 6, title: 'enterprise.home.phoneChange', body: 'enterprise.home.phoneChangeBody', icon: '☏' },
  queueable: false,
});
