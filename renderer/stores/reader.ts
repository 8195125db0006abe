import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { CardRead, ReaderStatusView } from '../../common/contract/services/reader';
import { kiosk } from '../bridge';
import { useSessionStore } from './session';

/**
 * The card reader as the renderer sees it: its status, and the last card read in this session
 * (fields only), which the session wipe clears.
 */
export const useReaderStore = defineStore('reader', () => {
  const status = ref<ReaderStatusView>();
  const card = shallowRef<CardRead>();
  const session = useSessionStore();

  void kiosk.reader.status().then((s) => (status.value ??= s));
  kiosk.on('reader.status', (next) => {
    status.value = next;
  });
  kiosk.on('reader.card', (read) => {
    card.value = read;
  });
  session.onWipe(() => {
    card.value = undefined;
  });

  /** A flow took the card's fields; the next read starts clean. */
  function consume(): CardRead | undefined {
    const read = card.value;
    card.value = undefined;
    return read;
  }

  return { status, card, consume };
});
