import { defineFlowManifest } from '../shared/flowManifest';
import { PasswordIcon } from '../../pictures/icons/serviceIcons';

export default defineFlowManifest({
  route: { name: 'enterprise-forgot', path: '/enterprise/forgot-password' },
  component: () => import('./EnterpriseForgotPasswordFlow.vue'),
  tile: { group: 'enterprise', order: 3, title: 'enterprise.home.forgot', body: 'enterprise.home.forgotBody', icon: PasswordIcon },
  queueable: false,
});
