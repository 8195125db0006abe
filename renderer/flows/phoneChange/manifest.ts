import { defineFlowManifest } from '../shared/flowManifest';

export default defineFlowManifest({
  route: { name: 'phone-change', path: '/phone-change' },
  component: () => import('./PhoneChangeFlow.vue'),
  tile: { group: 'person', order: 6, title: 'person.home.phoneChange', body: 'person.home.phoneChangeBody', icon: '☏' },
  queueable: false,
});
