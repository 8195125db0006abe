import { defineFlowManifest } from '../shared/flowManifest';
import { PasswordIcon } from '../../pictures/icons/serviceIcons';

export default defineFlowManifest({
  route: { name: 'forgot-password', path: '/forgot-password' },
  component: () => import('./ForgotPasswordFlow.vue'),
  tile: { group: 'person', order: 2, title: 'person.home.forgot', body: 'person.home.forgotBody', icon: PasswordIcon },
  queueable: false,
});
