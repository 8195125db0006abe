import { defineFlowManifest } from '../shared/flowManifest';
import { RegisterIcon } from '../../pictures/icons/serviceIcons';

export default defineFlowManifest({
  route: { name: 'register', path: '/register' },
  component: () => import('./RegistrationFlow.vue'),
  tile: { group: 'person', order: 1, title: 'person.home.register', body: 'person.home.registerBody', icon: RegisterIcon },
  queueable: false,
});
