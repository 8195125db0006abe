import { silentLogger } from '../../../../../../main/services/log/logger';
import type { CardReadEvent } from '../../../../../../main/services/idcard/cardTypes';
import { createReaderLoop } from '../../../../../../main/services/idcard/readerLoop';
import type { ReaderLoop, ReaderLoopOptions } from '../../../../../../main/services/idcard/readerLoop';
import type { ReaderStatus } from '../../../../../../main/services/idcard/readerStatus';
import type { ReaderConnector } from '../../../../../../main/services/idcard/transports/readerTransport';

export interface LoopRecorder {
  loop: ReaderLoop;
  statuses: ReaderStatus[];
  cards: CardReadEvent[];
  removals: number;
}

/** A reader loop with fast test pacing that records everything it emits. */
export function recordLoop(connect: ReaderConnector, overrides: Partial<ReaderLoopOptions> = {}): LoopRecorder {
  const loop = createReaderLoop({
    connect,
    logger: silentLogger,
    pollIntervalMs: 5,
    reconnectIntervalMs: 20,
    timeouts: { status: 300, find: 300, select: 300, read: 250, appendedAddress: 300 },
    ...overrides,
  });
  const rec: LoopRecorder = { loop, statuses: [], cards: [], removals: 0 };
  loop.onStatus((s) => rec.statuses.push(s));
  loop.onCard((c) => rec.cards.push(c));
  loop.onCardRemoved(() => rec.removals++);
  return rec;
}

/** Polls `check` until it is truthy; fails with `what` after `ms`. No timing is asserted. */
export async function waitFor(what: string, check: () => unknown, ms = 20_000, context?: () => unknown): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${context ? `; ${JSON.stringify(context())}` : ''}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export const lastStatus = (rec: LoopRecorder): ReaderStatus | undefined => rec.statuses[rec.statuses.length - 1];
