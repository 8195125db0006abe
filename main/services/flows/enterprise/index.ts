/// <reference types="vite/types/importMeta.d.ts" />
import type { IdentityClient } from '../../identity';
import { composeFlows } from '../core/composeFlows';
import { discoveredFlows } from '../core/discoverFlows';
import { createFlowCore, type FlowDeps } from '../core/flowCore';
import type { AnyFlowModule } from '../core/flowModule';
import { enterpriseProofSteps } from '../core/proofSteps';

export { maskEnterpriseName, maskUscc } from '../../../../common/domain/mask';

/** Every flow of the `enterprise` service: the SMS and face steps, then each `*.flow.ts` of this folder. */
export const enterpriseFlowModules: readonly AnyFlowModule[] = [
  enterpriseProofSteps,
  ...discoveredFlows(import.meta.glob<AnyFlowModule>('./*.flow.ts', { eager: true, import: 'default' })),
];

/** The identity-API client the enterprise flows take; each module reaches only the calls it declared. */
export type EnterpriseFlowClient = IdentityClient;
export type EnterpriseFlowDeps = FlowDeps<EnterpriseFlowClient>;

/** The enterprise service on its own core (the kiosk composes both services over one, in flows/index.ts). */
export function createEnterpriseFlowHandlers(deps: EnterpriseFlowDeps) {
  return composeFlows(['enterprise'], enterpriseFlowModules, createFlowCore(deps));
}
