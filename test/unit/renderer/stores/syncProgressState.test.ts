import { describe, expect, it } from 'vitest';
import { emptySyncProgress, nextTryOf, reduceSyncProgress, type SyncProgressEvent } from '../../../../renderer/stores/syncProgressState';

const progress = (itemId: string, itemBytesSent: number, documentsDone: number, phase: 'upload' | 'record' = 'upload'): SyncProgressEvent => ({
  type: 'progress',
  itemId,
  kind: 'appeal',
  phase,
  bytesSent: 0,
  bytesTotal: 0,
  itemBytesSent,
  itemBytesTotal: 3_000_000,
  documentsDone,
  documentsTotal: 3,
});
const retry = (itemId: string, nextAttemptAt: number): SyncProgressEvent => ({
  type: 'retry',
  itemId,
  kind: 'appeal',
  attempts: 1,
  delayMs: 5000,
  nextAttemptAt,
  reason: 'unreachable',
});
const fold = (events: SyncProgressEvent[]) => events.reduce(reduceSyncProgress, emptySyncProgress);

describe('the sync progress the screens show', () => {
  it('follows the item being sent over the whole item: bytes and documents done', () => {
    const state = fold([{ type: 'status', pending: 2 }, progress('a', 1_200_000, 0), progress('a', 2_100_000, 1)]);
    expect(state.waiting).toBe(2);
    expect(fold([progress('a', 1, 0)]).waiting).toBe(1);
    expect(state.sendingId).toBe('a');
    expect(state.items.a).toEqual({
      kind: 'appeal',
      phase: 'upload',
      bytesSent: 2_100_000,
      bytesTotal: 3_000_000,
      documentsDone: 1,
      documentsTotal: 3,
      nextAttemptAt: null,
    });
  });

  it('a failed send stops "sending", keeps the bytes so far and shows the earliest next try', () => {
    const state = fold([{ type: 'status', pending: 2 }, progress('a', 1_200_000, 0), retry('a', 50_000), retry('b', 20_000)]);
    expect(state.sendingId).toBeNull();
    expect(state.items.a).toMatchObject({ bytesSent: 1_200_000, nextAttemptAt: 50_000 });
    expect(state.items.b).toMatchObject({ bytesSent: 0, nextAttemptAt: 20_000 });
    expect(nextTryOf(state)).toBe(20_000);
    // Sending again clears its next try.
    expect(nextTryOf(reduceSyncProgress(reduceSyncProgress(state, progress('b', 10, 0)), progress('a', 1_300_000, 0)))).toBeNull();
  });

  it('a sent item leaves the list, counts down the waiting and is remembered as sent', () => {
    const state = fold([{ type: 'status', pending: 2 }, progress('a', 3_000_000, 3, 'record'), { type: 'sent', itemId: 'a' }]);
    expect(state).toEqual({ waiting: 1, sendingId: null, items: {}, sent: ['a'] });
  });

  it('an empty queue forgets what was in flight but not what was sent', () => {
    const state = fold([progress('a', 1, 0), retry('b', 9), { type: 'sent', itemId: 'c' }, { type: 'status', pending: 0 }]);
    expect(state).toEqual({ waiting: 0, sendingId: null, items: {}, sent: ['c'] });
    expect(nextTryOf(state)).toBeNull();
  });

  it('remembers only the last ten sent items', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `item-${i}`);
    const state = fold(ids.map((itemId) => ({ type: 'sent', itemId })));
    expect(state.sent).toEqual(ids.slice(2).reverse());
  });
});
