import { declaredClient } from './declaredClient';
import type { FlowCore } from './flowCore';
import { compositionProblems, type FlowHandlers } from './flowComposition';
import type { AnyFlowModule, FlowContext, FlowService } from './flowModule';
import type { ServiceSmsPurpose } from './smsSteps';

/** The module's context: its own log, the SMS purposes of all modules, and only the queue it declared. */
function contextFor<Client>(module: AnyFlowModule, core: FlowCore<Client>, smsPurposes: readonly ServiceSmsPurpose[]): FlowContext<Client> {
  return {
    ...core,
    client: declaredClient(module, core.client as object) as Client,
    log: core.log.child({ component: `${module.service}-flows`, flow: module.name }),
    smsPurposes,
    queue: (kind) => {
      if (kind !== module.queues) throw new Error(`flow ${module.name} queues '${kind.kind}' without declaring it`);
      return core.queue(kind);
    },
  };
}

function createHandlers<Client>(module: AnyFlowModule, ctx: FlowContext<Client>): object {
  const handlers = module.create(ctx);
  const made = Object.keys(handlers);
  if (made.length !== module.methods.length || made.some((name) => !module.methods.includes(name))) {
    throw new Error(`flow ${module.name} declares ${module.methods.join(', ')} but made ${made.join(', ')}`);
  }
  return handlers;
}

/**
 * Builds the handlers of the given services from flow modules sharing one core. Throws at start-up
 * when the modules do not cover each contract method (and SMS purpose) of those services exactly once.
 */
export function composeFlows<S extends FlowService, Client>(
  services: readonly S[],
  modules: readonly AnyFlowModule[],
  core: FlowCore<Client>,
): Pick<FlowHandlers, S> {
  const problems = compositionProblems(services, modules);
  if (problems.length > 0) throw new Error(`flow modules do not match the contract:\n${problems.join('\n')}`);
  const smsPurposes = modules.flatMap((m) => (m.sms ?? []).map((spec) => ({ ...spec, service: m.service })));
  const handlers: Partial<Record<FlowService, object>> = {};
  for (const module of modules) handlers[module.service] = { ...handlers[module.service], ...createHandlers(module, contextFor(module, core, smsPurposes)) };
  // Complete by the check above: every method of each composed service has its handler.
  return handlers as Pick<FlowHandlers, S>;
}
