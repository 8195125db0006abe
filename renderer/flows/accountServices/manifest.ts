import { defineFlowManifest } from '../shared/flowManifest';
import { AccountIcon } from '../../pictures/icons/serviceIcons';

export default defineFlowManifest({
  route: { name: 'account-services', path: '/account-services' },
  component: () => import('./AccountServicesFlow.vue'),
  tile: { group: 'person', order: 3, title: 'person.home.account', body: 'person.home.accountBody', icon: AccountIcon },
  queueable: false,
});
