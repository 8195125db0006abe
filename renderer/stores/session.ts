import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { SessionEndReason } from '../../common/contract/services/session';
import { kiosk } from '../bridge';
import { endSessionPrompts } from '../voice';

type WipeStep = () => void;

/**
 * The citizen at the screen. Everything a flow keeps about them registers a wipe step here, so
 * finishing, cancelling or timing out leaves nothing for the next person.
 */
export const useSessionStore = defineStore('session', () => {
  const active = ref(false);
  /** Counts ended sessions: an answer that arrives after its session ended can tell it came too late. */
  const generation = ref(0);
  const wipeSteps = new Set<WipeStep>();

  function begin(): void {
    active.value = true;
  }

  /** Registers something to clear at the end of every session; returns the unregister function. */
  function onWipe(step: WipeStep): () => void {
    wipeSteps.add(step);
    return () => wipeSteps.delete(step);
  }

  async function end(reason: SessionEndReason): Promise<void> {
    generation.value++;
    for (const step of wipeSteps) step();
    endSessionPrompts();
    active.value = false;
    await kiosk.session.end({ reason }).catch(() => undefined);
  }

  return { active, generation, begin, onWipe, end };
});
