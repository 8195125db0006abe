import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Health, SystemInfo } from '../../common/contract/services/system';
import { kiosk } from '../bridge';

/** What the kiosk knows about itself: hall, mode, languages, health. Holds no citizen data. */
export const useSystemStore = defineStore('system', () => {
  const info = ref<SystemInfo>();
  const health = ref<Health>();
  const connected = ref(false);

  /** Asks until main answers: the idle timer and the languages need the hall's own settings, never guesses. */
  async function load(): Promise<void> {
    for (;;) {
      try {
        info.value = await kiosk.system.info();
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    }
    connected.value = true;
    health.value = await kiosk.system.health();
  }

  kiosk.on('system.health', (next) => {
    health.value = next;
  });

  return { info, health, connected, load };
});
