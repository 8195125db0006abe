import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { SyncStatus } from '../../common/contract/services/sync';
import { kiosk } from '../bridge';

/** The outbox's link state and queue length, for the status bar. Holds no personal data. */
export const useSyncStore = defineStore('sync', () => {
  const status = ref<SyncStatus>();
  void kiosk.sync.status().then((s) => (status.value ??= s));
  kiosk.on('sync.status', (next) => {
    status.value = next;
  });
  return { status };
});
