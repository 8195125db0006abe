import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../../main/services/log/logger';
import { AuditLog } from '../../../../../main/services/store/auditLog';
import { OutboxRepository, type CheckpointPolicy } from '../../../../../main/services/store/outboxRepository';
import { CircuitBreaker } from '../../../../../main/services/sync/circuitBreaker';
import { OutboxScheduler } from '../../../../../main/services/sync/outboxScheduler';
import { SyncEvents } from '../../../../../main/services/sync/syncEvents';
import { MemorySender } from '../../../../support/outbox/memorySender';
import { openTestOutbox, type TestOutbox } from '../../../../support/outbox/testOutbox';

let t: TestOutbox;
beforeEach(() => (t = openTestOutbox()));
afterEach(() => t.dispose());

function drainer(checkpoint?: CheckpointPolicy): { repository: OutboxRepository; scheduler: OutboxScheduler; events: SyncEvents } {
  const repository = new OutboxRepository(t.store.db, t.cipher, new AuditLog(t.store.db, t.clock.now), t.clock.now, checkpoint);
  const events = new SyncEvents(silentLogger);
  const scheduler = new OutboxScheduler({
    repository,
    sender: new MemorySender(),
    events,
    breaker: new CircuitBreaker({ failureThreshold: 3, openMs: 10_000, now: t.clock.now }),
    backoff: { baseMs: 1000, capMs: 60_000 },
    logger: silentLogger,
    now: t.clock.now,
    chunkSize: 4096,
  });
  return { repository, scheduler, events };
}

const documents = (count: number, bytes: number) =>
  Array.from({ length: count }, (_, i) => ({ name: `doc${i}`, contentType: 'image/jpeg', data: randomBytes(bytes) }));

/** Commits in the WAL's current generation: frames carrying its salt whose "database size after commit" is set. */
function walCommits(): number {
  const path = join(t.dir, 'kiosk.db-wal');
  if (!existsSync(path)) return 0;
  const wal = readFileSync(path);
  if (wal.length < 32) return 0;
  const pageSize = wal.readUInt32BE(8);
  const salt = wal.subarray(16, 24);
  let commits = 0;
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    if (!wal.subarray(at + 8, at + 16).equals(salt)) break;
    if (wal.readUInt32BE(at + 4) !== 0) commits += 1;
  }
  return commits;
}

describe('draining the outbox', () => {
  it('takes two commits per item however many documents it has: the upload URLs together, then the acknowledgement', async () => {
    const { repository, scheduler } = drainer();
    const sent = repository.enqueue({ kind: 'appeal', payload: { logical: 'three documents' }, attachments: documents(3, 20_000) });
    // A second item stays queued (not due), so the queue never runs empty and the WAL is not emptied.
    const waiting = repository.enqueue({ kind: 'appeal', payload: { logical: 'later' } });
    repository.recordRetry(waiting, 1, t.clock.ms + 3_600_000, 'http 503');
    const before = walCommits();
    expect(before).toBeGreaterThan(0);

    expect(await scheduler.drainOnce()).toEqual({ sent: 1, retried: 0, dead: 0 });
    expect(repository.get(sent)).toBeUndefined();
    expect(walCommits() - before).toBe(2);
  });

  it('keeps the WAL bounded through a long drain and empties it once the queue is empty', async () => {
    const walMaxBytes = 256 * 1024;
    const { repository, scheduler, events } = drainer({ everyMs: 3_600_000, walMaxBytes });
    for (let i = 0; i < 60; i += 1) repository.enqueue({ kind: 'appeal', payload: { logical: `item ${i}` }, attachments: documents(2, 30_000) });
    const walSizes: number[] = [];
    events.on('sync.sent', () => walSizes.push(statSync(join(t.dir, 'kiosk.db-wal')).size));

    expect((await scheduler.drainOnce()).sent).toBe(60);
    // One item's two commits may land on top of the bound before the next acknowledgement checks it.
    expect(Math.max(...walSizes)).toBeLessThan(walMaxBytes + 128 * 1024);
    expect(walSizes.at(-1)).toBe(0);
  });
});
