import { defineFlowManifest } from '../shared/flowManifest';
import { EnterpriseActivateIcon } from '../../pictures/icons/serviceIcons';

export default defineFlowManifest({
  route: { name: 'enterprise-activate', path: '/enterprise/activate' },
  component: () => import('./EnterpriseActivationFlow.vue'),
  tile: { group: 'enterprise', order: 2, title: 'enterprise.home.activate', body: 'enterprise.home.activateBody', icon: EnterpriseActivateIcon },
  queueable: false,
});
