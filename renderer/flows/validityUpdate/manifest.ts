import { defineFlowManifest } from '../shared/flowManifest';
import { ValidityIcon } from '../../pictures/icons/serviceIcons';

export default defineFlowManifest({
  route: { name: 'validity-update', path: '/validity-update' },
  component: () => import('./ValidityUpdateFlow.vue'),
  tile: { group: 'person', order: 5, title: 'person.home.validity', body: 'person.home.validityBody', icon: ValidityIcon },
  queueable: false,
});
