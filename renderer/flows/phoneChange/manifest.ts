import { defineFlowManifest } from '../shared/flowManifest';
import { PhoneIcon } from '../../pictures/icons/serviceIcons';

export default defineFlowManifest({
  route: { name: 'phone-change', path: '/phone-change' },
  component: () => import('./PhoneChangeFlow.vue'),
  tile: { group: 'person', order: 6, title: 'person.home.phoneChange', body: 'person.home.phoneChangeBody', icon: PhoneIcon },
  queueable: false,
});
