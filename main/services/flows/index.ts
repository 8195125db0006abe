import type { OutboxEnqueuePort } from '../sync/kinds/outboxQueue';
import { composeFlows } from './core/composeFlows';
import { createFlowCore, type FlowDeps } from './core/flowCore';
import { flowServices } from './core/flowComposition';
import { outboxQueuesFor } from './core/flowQueues';
import type { IdentityClient } from '../identity';
import { enterpriseFlowModules } from './enterprise';
import { personFlowModules } from './person';

export { createPersonFlowHandlers, personFlowModules, type PersonFlowClient, type PersonFlowDeps } from './person';
export {
  createEnterpriseFlowHandlers,
  enterpriseFlowModules,
  maskEnterpriseName,
  maskUscc,
  type EnterpriseFlowClient,
  type EnterpriseFlowDeps,
} from './enterprise';
export { toFlowError } from './core/flowErrors';

/** Every flow of the kiosk: one module per flow, each contract method of `person` and `enterprise` in exactly one. */
export const flowModules = [...personFlowModules, ...enterpriseFlowModules];

export type FlowsClient = IdentityClient;

/**
 * The `person` and `enterprise` handlers over one core (one citizen's proofs, cards and documents,
 * one session-end wipe), with an outbox queue for each kind a flow declares. Throws at start-up if
 * the modules do not cover the contract.
 */
export function createFlowHandlers({ outbox, ...deps }: Omit<FlowDeps<FlowsClient>, 'queues'> & { outbox: OutboxEnqueuePort }) {
  return composeFlows(flowServices, flowModules, createFlowCore({ ...deps, queues: outboxQueuesFor(flowModules, outbox) }));
}
