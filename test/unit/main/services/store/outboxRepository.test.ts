import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyRetention, pruneQuarantined } from '../../../../../main/services/store/retention';
import { openTestOutbox, type TestOutbox } from '../../../../support/outbox/testOutbox';

let t: TestOutbox;
beforeEach(() => (t = openTestOutbox()));
afterEach(() => t.dispose());

const item = (logical: string) => ({
  kind: 'appeal',
  payload: { logical, name: '李四', phone: '13900001111' },
  attachments: [{ name: 'licence', contentType: 'image/png', data: Buffer.from(`document ${logical}`) }],
});

describe('OutboxRepository', () => {
  it('stores the payload and attachments encrypted and reads them back', () => {
    const id = t.repository.enqueue(item('a'));
    expect(t.repository.readPayload(id)).toEqual(item('a').payload);
    const [ref] = t.repository.attachments(id);
    expect(ref).toMatchObject({ itemId: id, name: 'licence', length: 10, uploadUrl: null, uploaded: false });
    expect(t.repository.readAttachment(ref!).toString()).toBe('document a');
    const raw = t.store.db.prepare('SELECT payload FROM outbox_item WHERE id = ?').pluck().get(id) as Buffer;
    expect(raw.includes(Buffer.from('13900001111'))).toBe(false);
  });

  it('binds each ciphertext to its row', () => {
    const a = t.repository.enqueue(item('a'));
    const b = t.repository.enqueue(item('b'));
    // Move a's ciphertext under b's id by re-inserting (updates are blocked by the trigger).
    t.store.db.transaction(() => {
      const payload = t.store.db.prepare('SELECT payload FROM outbox_item WHERE id = ?').pluck().get(a);
      t.store.db.prepare('DELETE FROM outbox_item WHERE id = ?').run(b);
      t.store.db
        .prepare(`INSERT INTO outbox_item (id, kind, payload, state, next_attempt_at, created_at) VALUES (?, 'appeal', ?, 'pending', 0, 0)`)
        .run(b, payload);
    })();
    expect(() => t.repository.readPayload(b)).toThrow(expect.objectContaining({ code: 'crypto.decrypt_failed' }));
  });

  it('never lets a queued payload be edited', () => {
    const id = t.repository.enqueue(item('a'));
    expect(() => t.store.db.prepare("UPDATE outbox_item SET payload = x'00' WHERE id = ?").run(id)).toThrow(/immutable/);
    expect(() => t.store.db.prepare("UPDATE outbox_attachment SET data = x'00'").run()).toThrow(/immutable/);
  });

  it("commits with the caller's transaction, or not at all", () => {
    const db = t.store.db;
    db.exec('CREATE TABLE flow_note (text TEXT)');
    expect(() =>
      db.transaction(() => {
        db.prepare('INSERT INTO flow_note VALUES (?)').run('x');
        t.repository.enqueue(item('a'));
        throw new Error('flow failed after enqueue');
      })(),
    ).toThrow('flow failed');
    expect(t.repository.counts()).toEqual({ pending: 0, dead: 0 });
    expect(db.prepare('SELECT COUNT(*) FROM outbox_attachment').pluck().get()).toBe(0);
  });

  it('lists due items oldest first and knows when the next one is due', () => {
    const a = t.repository.enqueue(item('a'));
    const b = t.repository.enqueue(item('b'));
    t.repository.recordRetry(a, 1, t.clock.ms + 5000, 'http 503');
    expect(t.repository.due().map((i) => i.id)).toEqual([b]);
    expect(t.repository.nextAttemptAt()).toBe(t.clock.ms);
    t.clock.advance(5000);
    expect(t.repository.due().map((i) => i.id)).toEqual([a, b]);
  });

  it('deletes an acknowledged item with its attachments, audits it and empties the WAL', () => {
    const id = t.repository.enqueue(item('a'));
    t.repository.acknowledge(id);
    expect(t.repository.get(id)).toBeUndefined();
    expect(t.store.db.prepare('SELECT COUNT(*) FROM outbox_attachment').pluck().get()).toBe(0);
    expect(t.audit.recent()[0]).toMatchObject({ actor: 'sync', action: 'outbox.acknowledged', subject: id });
    expect(statSync(join(t.dir, 'kiosk.db-wal')).size).toBe(0);
  });

  it('leaves no key of an acknowledged item in the database files, so its leftover ciphertext cannot be decrypted', () => {
    const marker = Buffer.from('MARKER 陈丽 110105199003071239');
    const ids = ['a', 'b'].map((l) =>
      t.repository.enqueue({
        ...item(l),
        payload: { logical: l, name: marker.toString() },
        attachments: [{ name: 'licence', contentType: 'image/png', data: Buffer.concat([marker, randomBytes(300_000), marker]) }],
      }),
    );
    const keys = ids.map((id) => t.store.db.prepare('SELECT wrapped FROM outbox_key WHERE item_id = ?').pluck().get(id) as Buffer);
    const { id: attachmentId, data: sealed } = t.store.db.prepare('SELECT id, data FROM outbox_attachment WHERE item_id = ?').get(ids[0]) as {
      id: string;
      data: Buffer;
    };
    const bytes = (): Buffer =>
      Buffer.concat(
        ['kiosk.db', 'kiosk.db-wal']
          .map((f) => join(t.dir, f))
          .filter(existsSync)
          .map((f) => readFileSync(f)),
      );
    expect(keys.every((k) => bytes().includes(k))).toBe(true);
    expect(bytes().includes(marker)).toBe(false);
    for (const id of ids) t.repository.acknowledge(id);
    const after = bytes();
    expect(keys.map((k) => after.includes(k))).toEqual([false, false]);
    expect(t.store.db.prepare('SELECT COUNT(*) FROM outbox_key').pluck().get()).toBe(0);
    expect(after.includes(marker)).toBe(false);
    // The large ciphertext itself is left in free pages (not rewritten): without its key it is noise,
    // also to whoever holds the master key.
    const slices = [100_000, 150_000, 200_000].map((at) => sealed.subarray(at, at + 32));
    expect(slices.some((slice) => after.includes(slice))).toBe(true);
    expect(() => t.cipher.decrypt(sealed, `outbox_attachment:${attachmentId}:${ids[0]}`)).toThrow(expect.objectContaining({ code: 'crypto.decrypt_failed' }));
  });

  it('keeps a dead item with its reason until staff revive it', () => {
    const id = t.repository.enqueue(item('a'));
    t.repository.markDead(id, 2, 'registration.id_taken', 'idNumber');
    expect(t.repository.get(id)).toMatchObject({ state: 'dead', attempts: 2, lastError: 'registration.id_taken', lastErrorField: 'idNumber' });
    expect(t.repository.due()).toEqual([]);
    expect(t.repository.revive(id, 'staff:007')).toBe(true);
    expect(t.repository.revive(id, 'staff:007')).toBe(false);
    expect(t.repository.get(id)).toMatchObject({ state: 'pending', deadAt: null });
  });
});

describe('applyRetention', () => {
  it('removes dead items past their age or count limit and old audit entries', () => {
    const ids = ['a', 'b', 'c', 'd'].map((l) => t.repository.enqueue(item(l)));
    const pending = t.repository.enqueue(item('p'));
    for (const id of ids) {
      t.repository.markDead(id, 1, 'rejected');
      t.clock.advance(1000);
    }
    const policy = { deadMaxAgeMs: 3500, deadMaxCount: 2, auditMaxAgeMs: 2500, quarantineMaxAgeMs: 0 };
    const result = applyRetention(t.store.db, t.audit, policy, t.clock.now());
    expect(result.deadRemoved).toBe(2);
    expect(t.repository.list({ state: 'dead' }).map((i) => i.id)).toEqual(ids.slice(2));
    expect(t.repository.get(pending)?.state).toBe('pending');
    expect(t.audit.recent().every((e) => e.at >= t.clock.ms - 2500)).toBe(true);
    t.clock.advance(10_000);
    expect(applyRetention(t.store.db, t.audit, policy, t.clock.now()).deadRemoved).toBe(2);
    expect(t.repository.counts()).toEqual({ pending: 1, dead: 0 });
  });
});

describe('pruneQuarantined', () => {
  it('deletes damaged database files moved aside longer ago than the limit, and nothing else', () => {
    const db = join(t.dir, 'kiosk.db');
    const old = `${db}.damaged-2026-01-01T00-00-00-000Z`;
    for (const f of [old, `${old}-wal`, `${db}.damaged-2026-11-01T00-00-00-000Z`]) writeFileSync(f, 'sealed');
    const monthAgo = (Date.now() - 31 * 24 * 3600_000) / 1000;
    utimesSync(old, monthAgo, monthAgo);
    utimesSync(`${old}-wal`, monthAgo, monthAgo);
    const removed = pruneQuarantined(db, 30 * 24 * 3600_000, Date.now());
    expect(removed.sort()).toEqual([`kiosk.db.damaged-2026-01-01T00-00-00-000Z`, `kiosk.db.damaged-2026-01-01T00-00-00-000Z-wal`]);
    expect(readdirSync(t.dir).filter((f) => f.includes('damaged'))).toEqual(['kiosk.db.damaged-2026-11-01T00-00-00-000Z']);
    expect(readdirSync(t.dir)).toContain('kiosk.db');
  });
});
