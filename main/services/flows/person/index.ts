/// <reference types="vite/types/importMeta.d.ts" />
import type { FaceVerificationRequest } from '../../../../common/identityApi/face';
import type { IdentityClient } from '../../identity';
import type { OutboxQueue } from '../../sync/kinds/outboxQueue';
import { composeFlows } from '../core/composeFlows';
import { discoveredFlows } from '../core/discoverFlows';
import { createFlowCore, type FlowDeps } from '../core/flowCore';
import type { AnyFlowModule } from '../core/flowModule';
import { personProofSteps } from '../core/proofSteps';

/** Every flow of the `person` service: the SMS and face steps, then each `*.flow.ts` of this folder. */
export const personFlowModules: readonly AnyFlowModule[] = [
  personProofSteps,
  ...discoveredFlows(import.meta.glob<AnyFlowModule>('./*.flow.ts', { eager: true, import: 'default' })),
];

/** The identity-API client the person flows take; each module reaches only the calls it declared. */
export type PersonFlowClient = IdentityClient;

export interface PersonFlowDeps extends Omit<FlowDeps<PersonFlowClient>, 'queues'> {
  /** The encrypted outbox for face enrolments; without it, enrolment is online only. */
  faceQueue?: OutboxQueue<FaceVerificationRequest>;
}

/** The person service on its own core (the kiosk composes both services over one, in flows/index.ts). */
export function createPersonFlowHandlers({ faceQueue, ...deps }: PersonFlowDeps) {
  return composeFlows(['person'], personFlowModules, createFlowCore({ ...deps, ...(faceQueue ? { queues: { faceEnrolment: faceQueue } } : {}) }));
}
