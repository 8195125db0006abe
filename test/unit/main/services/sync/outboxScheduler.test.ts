import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../../main/services/log/logger';
import { CircuitBreaker } from '../../../../../main/services/sync/circuitBreaker';
import { OutboxScheduler } from '../../../../../main/services/sync/outboxScheduler';
import { QueueStaffView } from '../../../../../main/services/sync/queueStaffView';
import { SyncEvents, type SyncEventMap, type SyncEventName } from '../../../../../main/services/sync/syncEvents';
import { MemorySender } from '../../../../support/outbox/memorySender';
import { openTestOutbox, type TestOutbox } from '../../../../support/outbox/testOutbox';

let t: TestOutbox;
let sender: MemorySender;
let events: SyncEvents;
let seen: Array<{ name: SyncEventName; payload: unknown }>;
let breaker: CircuitBreaker;
let scheduler: OutboxScheduler;

beforeEach(() => {
  t = openTestOutbox();
  sender = new MemorySender();
  events = new SyncEvents(silentLogger);
  seen = [];
  for (const name of ['sync.connectivity', 'sync.sent', 'sync.retry', 'sync.dead', 'sync.paused', 'sync.resumed'] as const) {
    events.on(name, (payload) => seen.push({ name, payload }));
  }
  breaker = new CircuitBreaker({ failureThreshold: 3, openMs: 10_000, now: t.clock.now });
  scheduler = new OutboxScheduler({
    repository: t.repository,
    sender,
    events,
    breaker,
    backoff: { baseMs: 1000, capMs: 60_000 },
    logger: silentLogger,
    now: t.clock.now,
    random: () => 0.5,
    chunkSize: 4,
  });
});
afterEach(() => t.dispose());

const enqueue = (logical: string, document = 'ten bytes!') =>
  t.repository.enqueue({
    kind: 'appeal',
    payload: { logical, name: '王小明' },
    attachments: [{ name: 'licence', contentType: 'image/jpeg', data: Buffer.from(document) }],
  });
const eventsNamed = <K extends SyncEventName>(name: K) => seen.filter((e) => e.name === name).map((e) => e.payload as SyncEventMap[K]);

describe('OutboxScheduler', () => {
  it('uploads attachments first, sends the record under the item id, then deletes the item', async () => {
    const id = enqueue('a');
    expect(await scheduler.drainOnce()).toEqual({ sent: 1, retried: 0, dead: 0 });
    expect(sender.calls[0]).toBe('createUpload');
    expect(sender.calls.at(-1)).toBe('sendRecord');
    const record = sender.records.get(id);
    expect(record?.payload).toEqual({ logical: 'a', name: '王小明' });
    expect(sender.uploads.get(record!.uploads[0]!.url)?.data.toString()).toBe('ten bytes!');
    expect(t.repository.get(id)).toBeUndefined();
    expect(eventsNamed('sync.sent')).toEqual([{ itemId: id, kind: 'appeal', attempts: 1 }]);
  });

  it('reports progress over the whole item: documents done and bytes of all documents, then the record', async () => {
    const progress: SyncEventMap['sync.progress'][] = [];
    events.on('sync.progress', (p) => progress.push(p));
    const id = t.repository.enqueue({
      kind: 'appeal',
      payload: { logical: 'two' },
      attachments: [
        { name: 'licence', contentType: 'image/jpeg', data: Buffer.from('six by') },
        { name: 'id-front', contentType: 'image/jpeg', data: Buffer.from('five!') },
      ],
    });
    await scheduler.drainOnce();
    const whole = { itemId: id, kind: 'appeal', itemBytesTotal: 11, documentsTotal: 2 };
    expect(progress).toEqual([
      { ...whole, phase: 'upload', bytesSent: 4, bytesTotal: 6, itemBytesSent: 4, documentsDone: 0 },
      { ...whole, phase: 'upload', bytesSent: 6, bytesTotal: 6, itemBytesSent: 6, documentsDone: 0 },
      { ...whole, phase: 'upload', bytesSent: 4, bytesTotal: 5, itemBytesSent: 10, documentsDone: 1 },
      { ...whole, phase: 'upload', bytesSent: 5, bytesTotal: 5, itemBytesSent: 11, documentsDone: 1 },
      { ...whole, phase: 'record', bytesSent: 0, bytesTotal: 1, itemBytesSent: 11, documentsDone: 2 },
    ]);
  });

  it('persists the upload URL before the first byte and resumes from the server offset', async () => {
    const id = enqueue('a');
    sender.before = (op) => {
      if (op === 'uploadChunk') expect(t.repository.attachments(id)[0]?.uploadUrl).not.toBeNull();
    };
    sender.failNext('uploadChunk', { kind: 'retryable', reason: 'dropped' });
    // First attempt: created, offset 0, then the first chunk fails.
    expect((await scheduler.drainOnce()).retried).toBe(1);
    const url = t.repository.attachments(id)[0]!.uploadUrl!;
    // Meanwhile the server got 4 bytes from elsewhere: the retry must continue at 4, not restart.
    sender.uploads.get(url)!.data = Buffer.from('ten ');
    sender.failNext('uploadChunk', { kind: 'offsetMismatch' });
    t.clock.advance(60_000);
    expect((await scheduler.drainOnce()).sent).toBe(1);
    expect(sender.uploads.size).toBe(1);
    expect(sender.uploads.get(url)?.data.toString()).toBe('ten bytes!');
  });

  it('starts a new upload when the server has lost the old one', async () => {
    const id = enqueue('a');
    sender.failNext('uploadChunk', { kind: 'retryable', reason: 'dropped' });
    await scheduler.drainOnce();
    const lost = t.repository.attachments(id)[0]!.uploadUrl!;
    sender.uploads.delete(lost);
    t.clock.advance(60_000);
    expect((await scheduler.drainOnce()).retried).toBe(1);
    expect(t.repository.attachments(id)[0]).toMatchObject({ uploadUrl: null, uploaded: false });
    t.clock.advance(60_000);
    expect((await scheduler.drainOnce()).sent).toBe(1);
    expect(sender.records.get(id)?.uploads[0]?.url).not.toBe(lost);
  });

  it('backs off with full jitter, at least Retry-After, persisting the schedule in the row', async () => {
    const id = enqueue('a');
    sender.failNext('createUpload', { kind: 'retryable', reason: 'http 503' }, { kind: 'retryable', reason: 'http 429', retryAfterMs: 30_000 });
    await scheduler.drainOnce();
    expect(t.repository.get(id)).toMatchObject({ attempts: 1, nextAttemptAt: t.clock.ms + 500, lastError: 'http 503' });
    expect(await scheduler.drainOnce()).toEqual({ sent: 0, retried: 0, dead: 0 });
    t.clock.advance(500);
    await scheduler.drainOnce();
    expect(t.repository.get(id)).toMatchObject({ attempts: 2, nextAttemptAt: t.clock.ms + 30_000 });
    expect(eventsNamed('sync.retry').map((e) => e.delayMs)).toEqual([500, 30_000]);
  });

  it('marks a rejected item dead with the reason and carries on with the next', async () => {
    const a = enqueue('a');
    const b = enqueue('b');
    sender.failNext('sendRecord', { kind: 'rejected', code: 'appeal.uscc_unknown', field: 'uscc' });
    expect(await scheduler.drainOnce()).toEqual({ sent: 1, retried: 0, dead: 1 });
    expect(t.repository.get(a)).toMatchObject({ state: 'dead', lastError: 'appeal.uscc_unknown', lastErrorField: 'uscc' });
    expect(sender.records.has(b)).toBe(true);
    expect(eventsNamed('sync.dead')).toEqual([{ itemId: a, kind: 'appeal', code: 'appeal.uscc_unknown', field: 'uscc' }]);
  });

  it('pauses the whole queue on an auth failure until resumed', async () => {
    const a = enqueue('a');
    enqueue('b');
    sender.failNext('createUpload', { kind: 'auth', reason: 'http 401' });
    expect(await scheduler.drainOnce()).toEqual({ sent: 0, retried: 1, dead: 0 });
    expect(scheduler.status.paused).toBe(true);
    expect(await scheduler.drainOnce()).toEqual({ sent: 0, retried: 0, dead: 0 });
    scheduler.resume();
    expect((await scheduler.drainOnce()).sent).toBe(2);
    expect(sender.records.has(a)).toBe(true);
    expect(seen.map((e) => e.name)).toContain('sync.paused');
    expect(seen.map((e) => e.name)).toContain('sync.resumed');
  });

  it('opens the circuit after repeated failures and probes once when it half-opens', async () => {
    for (const l of ['a', 'b', 'c', 'd', 'e']) enqueue(l);
    sender.failNext('createUpload', ...Array.from({ length: 4 }, () => ({ kind: 'unreachable' as const, reason: 'refused' })));
    expect(await scheduler.drainOnce()).toEqual({ sent: 0, retried: 3, dead: 0 });
    expect(scheduler.status).toMatchObject({ online: false, breaker: 'open' });
    t.clock.advance(10_000);
    // The probe fails: open again, only one request went out.
    const before = sender.calls.length;
    expect((await scheduler.drainOnce()).retried).toBe(1);
    expect(sender.calls.length).toBe(before + 1);
    t.clock.advance(10_000);
    expect((await scheduler.drainOnce()).sent).toBe(5);
    expect(scheduler.status).toMatchObject({ online: true, breaker: 'closed' });
    expect(eventsNamed('sync.connectivity').map((e) => e.online)).toEqual([false, true]);
  });

  it('marks an undecryptable item dead without spending the half-open probe', async () => {
    for (const l of ['a', 'b', 'c']) enqueue(l);
    sender.failNext('createUpload', ...Array.from({ length: 3 }, () => ({ kind: 'unreachable' as const, reason: 'refused' })));
    await scheduler.drainOnce();
    expect(breaker.state).toBe('open');
    // A row whose ciphertext no longer matches (key lost, row tampered with) comes first.
    t.store.db
      .prepare(`INSERT INTO outbox_item (seq, id, kind, payload, state, next_attempt_at, created_at) VALUES (0, 'bad', 'appeal', x'01', 'pending', 0, 0)`)
      .run();
    t.clock.advance(60_000);
    expect(await scheduler.drainOnce()).toEqual({ sent: 3, retried: 0, dead: 1 });
    expect(t.repository.get('bad')).toMatchObject({ state: 'dead', lastError: 'crypto.bad_ciphertext' });
    expect(breaker.state).toBe('closed');
  });

  it('sends an item the server already applied again with the same key, without a second effect', async () => {
    const id = enqueue('a');
    // The server commits, then the answer is lost.
    const original = sender.sendRecord.bind(sender);
    let dropped = false;
    sender.sendRecord = async (record) => {
      await original(record);
      if (!dropped) {
        dropped = true;
        throw new Error('socket hang up');
      }
    };
    expect((await scheduler.drainOnce()).retried).toBe(1);
    t.clock.advance(60_000);
    expect((await scheduler.drainOnce()).sent).toBe(1);
    expect([...sender.records.keys()]).toEqual([id]);
    expect(sender.uploads.size).toBe(1);
  });
});

describe('QueueStaffView', () => {
  it('counts, masks personal fields, explains failures and retries dead items', async () => {
    let kicked = 0;
    const view = new QueueStaffView(t.repository, t.audit, () => kicked++);
    const id = t.repository.enqueue({ kind: 'registration', payload: { name: '王小明', phone: '13800000000', idNumber: '11010519491231002X', adult: true } });
    enqueue('b');
    t.repository.markDead(id, 1, 'registration.phone_bound', 'phone');
    expect(view.counts()).toEqual({ pending: 1, dead: 1 });
    const [dead] = view.list({ state: 'dead' });
    expect(dead?.masked).toEqual({ name: '王**', phone: '138****0000', idNumber: '110***********002X', adult: true });
    expect(JSON.stringify(view.list())).not.toMatch(/小明|13800000000|19491231/);
    expect(view.failures()).toEqual([expect.objectContaining({ id, code: 'registration.phone_bound', field: 'phone' })]);
    expect(view.retry(id, '007')).toBe(true);
    expect(kicked).toBe(1);
    expect(view.counts()).toEqual({ pending: 2, dead: 0 });
    expect(view.auditTrail(1)[0]).toMatchObject({ actor: 'staff:007', action: 'outbox.retry', subject: id });
    await scheduler.drainOnce();
    expect(view.counts()).toEqual({ pending: 0, dead: 0 });
  });
});
