import { getProvinceProfile } from '../../../../../../common/profiles';
import type { EventSink } from '../../../../../../main/bridge/eventHub';
import { createFlowCore, type FlowDeps } from '../../../../../../main/services/flows/core/flowCore';
import { silentLogger } from '../../../../../../main/services/log/logger';

/** A flow core with a stand-in session (its end hooks) and card reader (its sinks), no identity API. */
export function testCore(overrides: Partial<FlowDeps<unknown>> = {}) {
  const sinks: EventSink[] = [];
  const endHooks: Array<() => void> = [];
  const core = createFlowCore<unknown>({
    client: {},
    profile: getProvinceProfile('jilin'),
    session: { onEnd: (hook) => (endHooks.push(hook), () => undefined) },
    events: { attach: (sink) => (sinks.push(sink), () => undefined) },
    log: silentLogger,
    ...overrides,
  });
  return { core, sinks, endHooks };
}

/** The code and field a call refused with, or 'no error'. */
export function refusalOf(run: () => unknown): { code: string; field?: string } | 'no error' {
  try {
    run();
  } catch (error) {
    const { code, field } = error as { code: string; field?: string };
    return field === undefined ? { code } : { code, field };
  }
  return 'no error';
}
