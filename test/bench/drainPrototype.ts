import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createUploadRequestSchema, type CreateAppealRequest } from '../../common/identityApi/appeals';
import type { IdentityClient } from '../../main/services/identity';
import type { EnqueueInput } from '../../main/services/store/outboxRepository';

type PrototypeClient = Pick<IdentityClient, 'createAppeal' | 'createUpload' | 'getUploadOffset' | 'appendUploadChunk' | 'submitAppeal'>;

/**
 * The drain bench's second baseline: the simplest queue with the same delivery guarantees as the
 * kiosk's outbox, and nothing more. SQLite in WAL with synchronous=FULL; the item id as the stable
 * Idempotency-Key (the appeal draft under a key derived from it, each upload under its
 * attachment's id); each upload's id saved before its first byte; the item deleted once the
 * server has it. Unlike the kiosk it stores plain text, and has no retries, back-off, breaker,
 * events or audit: it measures what the guarantees alone cost.
 */
export class PrototypeQueue {
  readonly #db: Database.Database;

  constructor(dir: string) {
    this.#db = new Database(join(dir, 'prototype.db'));
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = FULL');
    this.#db.exec(`
      CREATE TABLE item (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, payload TEXT NOT NULL);
      CREATE TABLE attachment (id TEXT PRIMARY KEY, item_id TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL,
        content_type TEXT NOT NULL, sha256 TEXT NOT NULL, data BLOB NOT NULL);
      CREATE TABLE upload (attachment_id TEXT PRIMARY KEY, upload_id TEXT NOT NULL);
    `);
  }

  enqueue(input: EnqueueInput): void {
    const id = randomUUID();
    this.#db.transaction(() => {
      this.#db.prepare('INSERT INTO item (id, payload) VALUES (?, ?)').run(id, JSON.stringify(input.payload));
      (input.attachments ?? []).forEach((a, position) =>
        this.#db
          .prepare('INSERT INTO attachment (id, item_id, position, name, content_type, sha256, data) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(randomUUID(), id, position, a.name, a.contentType, createHash('sha256').update(a.data).digest('hex'), a.data),
      );
    })();
  }

  /** Sends every queued item, oldest first; any failure ends the bench (nothing here retries). */
  async drain(client: PrototypeClient, chunkSize: number): Promise<void> {
    const next = this.#db.prepare('SELECT id, payload FROM item ORDER BY seq LIMIT 1');
    for (let item = next.get() as { id: string; payload: string } | undefined; item; item = next.get() as typeof item) {
      const payload = JSON.parse(item.payload) as CreateAppealRequest;
      const { appealId } = await client.createAppeal(payload, `${item.id}:appeal`);
      const attachments = this.#db
        .prepare(
          `SELECT a.id, a.name, a.content_type, a.sha256, a.data, u.upload_id FROM attachment a
           LEFT JOIN upload u ON u.attachment_id = a.id WHERE a.item_id = ? ORDER BY a.position`,
        )
        .all(item.id) as Array<{ id: string; name: string; content_type: string; sha256: string; data: Buffer; upload_id: string | null }>;
      for (const a of attachments) {
        let uploadId = a.upload_id;
        let offset = uploadId === null ? 0 : (await client.getUploadOffset(uploadId)).offset;
        if (uploadId === null) {
          const body = createUploadRequestSchema.parse({
            documentType: a.name,
            fileName: `${a.name}.jpg`,
            contentType: a.content_type,
            length: a.data.length,
            sha256: a.sha256,
          });
          uploadId = (await client.createUpload(appealId, body, a.id)).uploadId;
          this.#db.prepare('INSERT INTO upload (attachment_id, upload_id) VALUES (?, ?)').run(a.id, uploadId);
        }
        while (offset < a.data.length) offset = (await client.appendUploadChunk(uploadId, offset, a.data.subarray(offset, offset + chunkSize))).offset;
      }
      await client.submitAppeal(appealId, item.id);
      this.#db.transaction(() => {
        this.#db.prepare('DELETE FROM upload WHERE attachment_id IN (SELECT id FROM attachment WHERE item_id = ?)').run(item!.id);
        this.#db.prepare('DELETE FROM attachment WHERE item_id = ?').run(item!.id);
        this.#db.prepare('DELETE FROM item WHERE id = ?').run(item!.id);
      })();
    }
  }

  close(): void {
    this.#db.pragma('wal_checkpoint(TRUNCATE)');
    this.#db.close();
  }
}
