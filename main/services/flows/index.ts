export { createPersonFlowHandlers, type PersonFlowClient, type PersonFlowDeps } from './personFlowHandlers';
export { outboxFaceEnrolmentQueue, FACE_ENROLMENT_KIND, type FaceEnrolmentQueue, type OutboxEnqueuePort } from './faceEnrolmentQueue';
export { personFlowErrorCodes, toFlowError } from './flowErrors';
