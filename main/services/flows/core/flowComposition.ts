import { kioskContract, type KioskHandlers } from '../../../../common/contract/kioskApi';
import type { AnyFlowModule, FlowService } from './flowModule';

export const flowServices: readonly FlowService[] = ['person', 'enterprise'];
export type FlowHandlers = { [S in FlowService]: KioskHandlers[S] };

interface Owner {
  name: string;
  owns: readonly string[];
}

/** Each expected item owned by exactly one module, and nothing owned that is not expected. */
function ownership(service: FlowService, what: string, expected: readonly string[], owners: readonly Owner[]): string[] {
  const byItem = new Map(expected.map((item): [string, string[]] => [item, []]));
  const problems: string[] = [];
  for (const owner of owners) {
    for (const item of owner.owns) {
      const names = byItem.get(item);
      if (names) names.push(owner.name);
      else problems.push(`${owner.name}: ${service} has no ${what} '${item}'`);
    }
  }
  for (const [item, names] of byItem) {
    if (names.length === 0) problems.push(`${service}: no flow module implements ${what} '${item}'`);
    if (names.length > 1) problems.push(`${service}: ${what} '${item}' is implemented by ${names.join(' and ')}`);
  }
  return problems;
}

/** The purposes the contract's `sendSms` of a service accepts. */
export function contractSmsPurposes(service: FlowService): string[] {
  return kioskContract[service].sendSms.args.options.map((option) => option.shape.purpose.value);
}

/**
 * Why a list of modules cannot serve the given services: a contract method (or SMS purpose) that
 * no module or two modules implement, one a module claims that the contract lacks, a module of a
 * service not composed. Empty when the list is complete.
 */
export function compositionProblems(services: readonly FlowService[], modules: readonly AnyFlowModule[]): string[] {
  const problems = modules.filter((m) => !services.includes(m.service)).map((m) => `${m.name}: service ${m.service} is not composed`);
  for (const service of services) {
    const mine = modules.filter((m) => m.service === service);
    problems.push(
      ...ownership(
        service,
        'method',
        Object.keys(kioskContract[service]),
        mine.map((m) => ({ name: m.name, owns: m.methods })),
      ),
    );
    const purposes = mine.map((m) => ({ name: m.name, owns: (m.sms ?? []).map((spec) => spec.purpose) }));
    problems.push(...ownership(service, 'SMS purpose', contractSmsPurposes(service), purposes));
  }
  return problems;
}
