import { defineFlowManifest } from '../shared/flowManifest';

export default defineFlowManifest({
  route: { name: 'enterprise-appeal', path: '/enterprise/appeal' },
  component: () => import('./AppealFlow.vue'),
  tile: { group: 'enterprise', order: 4, title: 'enterprise.home.appeal', body: 'enterprise.home.appealBody', icon: '✉' },
  queueable: true,
});
