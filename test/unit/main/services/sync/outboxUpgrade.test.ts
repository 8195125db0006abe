import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AtRestCipher } from '../../../../../main/services/crypto/atRestCipher';
import { silentLogger } from '../../../../../main/services/log/logger';
import { AuditLog } from '../../../../../main/services/store/auditLog';
import { openStore } from '../../../../../main/services/store/database';
import { OutboxRepository } from '../../../../../main/services/store/outboxRepository';
import { storeMigrations } from '../../../../../main/services/store/schema';
import { CircuitBreaker } from '../../../../../main/services/sync/circuitBreaker';
import { OutboxScheduler } from '../../../../../main/services/sync/outboxScheduler';
import { SyncEvents } from '../../../../../main/services/sync/syncEvents';
import { MemorySender } from '../../../../support/outbox/memorySender';
import { FakeClock, tempDir } from '../../../../support/outbox/testOutbox';

const dirs: Array<{ remove(): void }> = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

/** Schema 3: before per-item keys (values sealed with the master key) and before upload state had its own table. */
const beforePerItemKeys = storeMigrations.slice(0, 3);

describe('an outbox queued by an older kiosk', () => {
  it('drains after the upgrade: its item sealed with the master key, its half-sent upload resumed, nothing left behind', async () => {
    const dir = tempDir('upgrade-');
    dirs.push(dir);
    const path = join(dir.path, 'kiosk.db');
    const master = new AtRestCipher(randomBytes(32));
    const document = randomBytes(10_000);
    const payload = { logical: 'old', name: '王小明' };
    const itemId = randomUUID();
    const attachmentId = randomUUID();

    // The old kiosk queued the item and had sent the first 4 KiB of its document when it was updated.
    const old = openStore({ path, migrations: beforePerItemKeys, logger: silentLogger });
    old.db
      .prepare(`INSERT INTO outbox_item (id, kind, payload, state, next_attempt_at, created_at) VALUES (?, 'appeal', ?, 'pending', 0, 0)`)
      .run(itemId, master.encryptJson(payload, `outbox_item:${itemId}:appeal`));
    old.db
      .prepare(
        `INSERT INTO outbox_attachment (id, item_id, position, name, content_type, length, sha256, data, upload_url)
         VALUES (?, ?, 0, 'licence', 'image/jpeg', ?, ?, ?, '/uploads/before-update')`,
      )
      .run(
        attachmentId,
        itemId,
        document.length,
        createHash('sha256').update(document).digest('hex'),
        master.encrypt(document, `outbox_attachment:${attachmentId}:${itemId}`),
      );
    old.close();
    const sender = new MemorySender();
    sender.uploads.set('/uploads/before-update', { key: attachmentId, length: document.length, data: document.subarray(0, 4096) });

    const store = openStore({ path, migrations: storeMigrations, logger: silentLogger });
    try {
      const clock = new FakeClock();
      const repository = new OutboxRepository(store.db, master, new AuditLog(store.db, clock.now), clock.now);
      expect(repository.attachments(itemId)).toMatchObject([{ id: attachmentId, uploadUrl: '/uploads/before-update', uploaded: false }]);
      const scheduler = new OutboxScheduler({
        repository,
        sender,
        events: new SyncEvents(silentLogger),
        breaker: new CircuitBreaker({ failureThreshold: 3, openMs: 10_000, now: clock.now }),
        backoff: { baseMs: 1000, capMs: 60_000 },
        logger: silentLogger,
        now: clock.now,
      });

      expect(await scheduler.drainOnce()).toEqual({ sent: 1, retried: 0, dead: 0 });
      expect(sender.calls).not.toContain('createUpload');
      expect(sender.uploads.get('/uploads/before-update')?.data.equals(document)).toBe(true);
      expect(sender.records.get(itemId)).toMatchObject({ payload, uploads: [{ name: 'licence', url: '/uploads/before-update' }] });
      expect(repository.counts()).toEqual({ pending: 0, dead: 0 });
      expect(store.db.prepare('SELECT COUNT(*) FROM outbox_attachment').pluck().get()).toBe(0);
    } finally {
      store.close();
    }
  });
});
