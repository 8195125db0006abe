import { defineFlowManifest } from '../shared/flowManifest';

export default defineFlowManifest({
  route: { name: 'forgot-password', path: '/forgot-password' },
  component: () => import('./ForgotPasswordFlow.vue'),
  tile: { group: 'person', order: 2, title: 'person.home.forgot', body: 'person.home.forgotBody', icon: '⟲' },
  queueable: false,
});
