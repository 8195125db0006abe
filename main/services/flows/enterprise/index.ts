import { composeFlows } from '../core/composeFlows';
import { createFlowCore, type FlowDeps } from '../core/flowCore';
import type { FlowClientOf } from '../core/flowModule';
import { enterpriseProofSteps } from '../core/proofSteps';
import { enterpriseActivationFlow } from './activation';
import { enterpriseAgentsFlow } from './agents';
import { enterpriseAppealFlow } from './appeal';
import { enterprisePasswordResetFlow } from './passwordReset';
import { enterpriseRegistrationFlow } from './registration';

export { maskEnterpriseName, maskUscc } from '../../../../common/domain/mask';

/** Every flow of the `enterprise` service, the SMS and face steps included. */
export const enterpriseFlowModules = [
  enterpriseProofSteps,
  enterpriseRegistrationFlow,
  enterpriseActivationFlow,
  enterprisePasswordResetFlow,
  enterpriseAppealFlow,
  enterpriseAgentsFlow,
] as const;

/** The identity-API calls the enterprise flows make: a structural slice so tests can fake any of it. */
export type EnterpriseFlowClient = FlowClientOf<typeof enterpriseFlowModules>;
export type EnterpriseFlowDeps = FlowDeps<EnterpriseFlowClient>;

/** The enterprise service on its own core (the kiosk composes both services over one, in flows/index.ts). */
export function createEnterpriseFlowHandlers(deps: EnterpriseFlowDeps) {
  return composeFlows(['enterprise'], enterpriseFlowModules, createFlowCore(deps));
}
