import type { SyncProgress, SyncRetry } from '../../common/contract/services/sync';

/** One outbox item as the screens follow it: only its id, kind and numbers, never its content. */
export interface ItemProgress {
  kind: string;
  phase: 'upload' | 'record';
  bytesSent: number;
  bytesTotal: number;
  documentsDone: number;
  documentsTotal: number;
  /** Epoch ms of its next try after a failed send; null while it goes or before it failed. */
  nextAttemptAt: number | null;
}

export interface SyncProgressState {
  /** Items not yet sent (the outbox's pending count), the one going out included. */
  waiting: number;
  /** The item whose bytes are going out now. */
  sendingId: string | null;
  items: Readonly<Record<string, ItemProgress>>;
  /** The last few items that reached the server, newest first, so a screen following one can say so. */
  sent: readonly string[];
}

export type SyncProgressEvent =
  { type: 'status'; pending: number } | ({ type: 'progress' } & SyncProgress) | ({ type: 'retry' } & SyncRetry) | { type: 'sent'; itemId: string };

export const emptySyncProgress: SyncProgressState = { waiting: 0, sendingId: null, items: {}, sent: [] };
const sentKept = 10;

function without(items: SyncProgressState['items'], id: string): SyncProgressState['items'] {
  const rest = { ...items };
  delete rest[id];
  return rest;
}

/** Folds main's `sync.*` events into what the status bar, the staff desk and the done screen show. */
export function reduceSyncProgress(state: SyncProgressState, event: SyncProgressEvent): SyncProgressState {
  switch (event.type) {
    case 'status':
      // An empty queue has nothing in flight; whatever was followed is gone (sent, or retried by staff).
      return event.pending === 0 ? { ...emptySyncProgress, sent: state.sent } : { ...state, waiting: event.pending };
    case 'progress': {
      const item: ItemProgress = {
        kind: event.kind,
        phase: event.phase,
        bytesSent: event.itemBytesSent,
        bytesTotal: event.itemBytesTotal,
        documentsDone: event.documentsDone,
        documentsTotal: event.documentsTotal,
        nextAttemptAt: null,
      };
      // Main does not announce an enqueue: an item being sent is at least one waiting.
      return { ...state, waiting: Math.max(state.waiting, 1), sendingId: event.itemId, items: { ...state.items, [event.itemId]: item } };
    }
    case 'retry': {
      const known = state.items[event.itemId];
      const item: ItemProgress = known
        ? { ...known, nextAttemptAt: event.nextAttemptAt }
        : { kind: event.kind, phase: 'upload', bytesSent: 0, bytesTotal: 0, documentsDone: 0, documentsTotal: 0, nextAttemptAt: event.nextAttemptAt };
      return { ...state, sendingId: state.sendingId === event.itemId ? null : state.sendingId, items: { ...state.items, [event.itemId]: item } };
    }
    case 'sent':
      return {
        waiting: Math.max(0, state.waiting - 1),
        sendingId: state.sendingId === event.itemId ? null : state.sendingId,
        items: without(state.items, event.itemId),
        sent: [event.itemId, ...state.sent.filter((id) => id !== event.itemId)].slice(0, sentKept),
      };
  }
}

/** The earliest next try among the items that failed, or null. */
export function nextTryOf(state: SyncProgressState): number | null {
  const times = Object.values(state.items)
    .map((i) => i.nextAttemptAt)
    .filter((at): at is number => at !== null);
  return times.length ? Math.min(...times) : null;
}
