import { defineFlowManifest } from '../shared/flowManifest';
import { RelativesIcon } from '../../pictures/icons/serviceIcons';

export default defineFlowManifest({
  route: { name: 'relatives', path: '/relatives' },
  component: () => import('./RelativesFlow.vue'),
  tile: { group: 'person', order: 7, title: 'person.home.relatives', body: 'person.home.relativesBody', icon: RelativesIcon },
  queueable: false,
});
