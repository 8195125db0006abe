import { inject, type InjectionKey } from 'vue';
import type { BoundedWait } from '../../composables/useBoundedWait';

/** What a flow shares with its frame and steps: the visible, bounded wait for main and "try again". */
export interface FlowContext {
  wait: BoundedWait;
  /** The step that stopped for an outage runs again; everything earned in the session stays. */
  retry(): void;
}

export const flowContextKey: InjectionKey<FlowContext> = Symbol('flowContext');

/** The enclosing flow's context; undefined outside a flow (a step shown on its own, in a test harness). */
export function useFlowContext(): FlowContext | undefined {
  return inject(flowContextKey, undefined);
}
