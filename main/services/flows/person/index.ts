import type { FaceVerificationRequest } from '../../../../common/identityApi/face';
import type { OutboxQueue } from '../../sync/kinds/outboxQueue';
import { composeFlows } from '../core/composeFlows';
import { createFlowCore, type FlowDeps } from '../core/flowCore';
import type { FlowClientOf } from '../core/flowModule';
import { personProofSteps } from '../core/proofSteps';
import { personAccountServicesFlow } from './accountServices';
import { personFaceEnrolmentFlow } from './faceEnrolment';
import { personForgotPasswordFlow } from './forgotPassword';
import { personRegistrationFlow } from './registration';

/** Every flow of the `person` service, the SMS and face steps included. */
export const personFlowModules = [
  personProofSteps,
  personRegistrationFlow,
  personForgotPasswordFlow,
  personAccountServicesFlow,
  personFaceEnrolmentFlow,
] as const;

/** The identity-API calls the person flows make: a structural slice so tests can fake any of it. */
export type PersonFlowClient = FlowClientOf<typeof personFlowModules>;

export interface PersonFlowDeps extends Omit<FlowDeps<PersonFlowClient>, 'queues'> {
  /** The encrypted outbox for face enrolments; without it, enrolment is online only. */
  faceQueue?: OutboxQueue<FaceVerificationRequest>;
}

/** The person service on its own core (the kiosk composes both services over one, in flows/index.ts). */
export function createPersonFlowHandlers({ faceQueue, ...deps }: PersonFlowDeps) {
  return composeFlows(['person'], personFlowModules, createFlowCore({ ...deps, ...(faceQueue ? { queues: { faceEnrolment: faceQueue } } : {}) }));
}
