import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Health, SystemInfo } from '../../common/contract/services/system';
import { kiosk } from '../bridge';
import { startupHintElementId } from '../../common/contract/startupHint';
import { parseStartupHint } from '../startup/startupHint';

/** What the kiosk knows about itself: hall, mode, languages, health. Holds no citizen data. */
export const useSystemStore = defineStore('system', () => {
  const info = ref<SystemInfo>();
  const health = ref<Health>();
  const connected = ref(false);
  /** What index.html says of the hall's languages, for the attract screen's first paint. */
  const startupHint = parseStartupHint(document.getElementById(startupHintElementId)?.textContent);
  /** The hall's languages: main's answer once it has come, the page's startup hint until then. */
  const locales = computed(() => info.value?.locales ?? startupHint?.locales);

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

  return { info, health, connected, startupHint, locales, load };
});
