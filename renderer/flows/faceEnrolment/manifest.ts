import { defineFlowManifest } from '../shared/flowManifest';

export default defineFlowManifest({
  route: { name: 'face-enrolment', path: '/face-enrolment' },
  component: () => import('./FaceEnrolmentFlow.vue'),
  tile: { group: 'person', order: 4, title: 'person.home.face', body: 'person.home.faceBody', icon: '☺' },
  queueable: true,
});
