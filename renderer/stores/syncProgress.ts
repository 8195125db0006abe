import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import { kiosk } from '../bridge';
import { emptySyncProgress, nextTryOf, reduceSyncProgress, type SyncProgressEvent } from './syncProgressState';

/**
 * What the outbox is doing, for the status bar, the staff desk and the appeal's done screen: items
 * waiting, the one being sent (bytes) and the next try. Only ids, kinds and numbers: no personal data.
 */
export const useSyncProgressStore = defineStore('syncProgress', () => {
  const state = shallowRef(emptySyncProgress);
  const apply = (event: SyncProgressEvent) => (state.value = reduceSyncProgress(state.value, event));
  void kiosk.sync.status().then((s) => apply({ type: 'status', pending: s.pending }));
  kiosk.on('sync.status', (s) => apply({ type: 'status', pending: s.pending }));
  kiosk.on('sync.progress', (e) => apply({ type: 'progress', ...e }));
  kiosk.on('sync.retry', (e) => apply({ type: 'retry', ...e }));
  kiosk.on('sync.sent', (e) => apply({ type: 'sent', itemId: e.itemId }));

  const sending = computed(() => (state.value.sendingId ? { id: state.value.sendingId, ...state.value.items[state.value.sendingId]! } : null));
  return {
    waiting: computed(() => state.value.waiting),
    sending,
    nextTry: computed(() => nextTryOf(state.value)),
    /** Each failed item's next try, by id, as the sender scheduled it since the list was loaded. */
    nextTries: computed(() =>
      Object.fromEntries(Object.entries(state.value.items).flatMap(([id, i]) => (i.nextAttemptAt === null ? [] : [[id, i.nextAttemptAt] as const]))),
    ),
    item: (id: string) => state.value.items[id],
    wasSent: (id: string) => state.value.sent.includes(id),
  };
});
