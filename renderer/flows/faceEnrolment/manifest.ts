import { defineFlowManifest } from '../shared/flowManifest';
import { FaceIcon } from '../../pictures/icons/serviceIcons';

export default defineFlowManifest({
  route: { name: 'face-enrolment', path: '/face-enrolment' },
  component: () => import('./FaceEnrolmentFlow.vue'),
  tile: { group: 'person', order: 4, title: 'person.home.face', body: 'person.home.faceBody', icon: FaceIcon },
  queueable: true,
});
