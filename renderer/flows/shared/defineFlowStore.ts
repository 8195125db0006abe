import { defineStore } from 'pinia';
import type { Ref } from 'vue';
import { useSessionStore } from '../../stores/session';

/**
 * A flow's fields, one ref each. Values handed to main whole (identities, receipts, documents) sit
 * in a `shallowRef`, so they reach the bridge as plain objects rather than reactive proxies.
 */
export type FlowState = Record<string, Ref<unknown>>;

/**
 * A flow's Pinia store from the function that makes its starting state. `reset()` sets every field
 * back to a fresh copy of that state, and the session wipe runs it: the next citizen finds nothing.
 */
export function defineFlowStore<Id extends string, S extends FlowState>(id: Id, initial: () => S) {
  return defineStore(id, () => {
    const state = initial();
    function reset(): void {
      const fresh = initial();
      for (const key of Object.keys(state)) state[key]!.value = fresh[key]!.value;
    }
    useSessionStore().onWipe(reset);
    return { ...state, reset };
  });
}
