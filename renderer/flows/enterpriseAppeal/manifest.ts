import { defineFlowManifest } from '../shared/flowManifest';
import { AppealIcon } from '../../pictures/icons/serviceIcons';

export default defineFlowManifest({
  route: { name: 'enterprise-appeal', path: '/enterprise/appeal' },
  component: () => import('./AppealFlow.vue'),
  tile: { group: 'enterprise', order: 4, title: 'enterprise.home.appeal', body: 'enterprise.home.appealBody', icon: AppealIcon },
  queueable: true,
});
