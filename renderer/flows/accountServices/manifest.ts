import { defineFlowManifest } from '../shared/flowManifest';

export default defineFlowManifest({
  route: { name: 'account-services', path: '/account-services' },
  component: () => import('./AccountServicesFlow.vue'),
  tile: { group: 'person', order: 3, title: 'person.home.account', body: 'person.home.accountBody', icon: '✎' },
  queueable: false,
});
