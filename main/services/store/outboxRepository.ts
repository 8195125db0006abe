import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { KioskError } from '../../../common/errors';
import { AtRestCipher } from '../crypto/atRestCipher';
import { dataKeyLength } from '../crypto/keyProvider';
import type { AuditLog } from './auditLog';

export type OutboxState = 'pending' | 'dead';

export interface AttachmentInput {
  /** Role of the document in the package (`licence`, `legalRepIdFront` …), not a file name. */
  name: string;
  contentType: string;
  data: Buffer;
}

export interface EnqueueInput {
  kind: string;
  payload: unknown;
  attachments?: readonly AttachmentInput[];
}

export interface AttachmentRef {
  /** Its own UUID: the upload's Idempotency-Key. */
  id: string;
  itemId: string;
  position: number;
  name: string;
  contentType: string;
  length: number;
  sha256: string;
  uploadUrl: string | null;
  uploaded: boolean;
}

export interface OutboxItem {
  /** UUID, the item's Idempotency-Key for its whole life. */
  id: string;
  kind: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  lastErrorField: string | null;
  createdAt: number;
  deadAt: number | null;
}

interface ItemRow {
  id: string;
  kind: string;
  state: OutboxState;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  last_error_field: string | null;
  created_at: number;
  dead_at: number | null;
}

interface AttachmentRow {
  id: string;
  item_id: string;
  position: number;
  name: string;
  content_type: string;
  length: number;
  sha256: string;
  upload_url: string | null;
  uploaded: number;
}

const itemColumns = 'id, kind, state, attempts, next_attempt_at, last_error, last_error_field, created_at, dead_at';
const attachmentColumns = 'a.id, a.item_id, a.position, a.name, a.content_type, a.length, a.sha256, u.url AS upload_url, COALESCE(u.uploaded, 0) AS uploaded';

const payloadAad = (id: string, kind: string): string => `outbox_item:${id}:${kind}`;
const attachmentAad = (id: string, itemId: string): string => `outbox_attachment:${id}:${itemId}`;
const itemKeyAad = (id: string): string => `outbox_key:${id}`;

/** When the WAL is emptied during a drain; it is also emptied whenever the queue has nothing pending left. */
export interface CheckpointPolicy {
  everyMs: number;
  walMaxBytes: number;
}

export const defaultCheckpointPolicy: CheckpointPolicy = { everyMs: 30_000, walMaxBytes: 32 * 1024 * 1024 };

const toItem = (r: ItemRow): OutboxItem => ({
  id: r.id,
  kind: r.kind,
  state: r.state,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastError: r.last_error,
  lastErrorField: r.last_error_field,
  createdAt: r.created_at,
  deadAt: r.dead_at,
});

const toAttachment = (r: AttachmentRow): AttachmentRef => ({
  id: r.id,
  itemId: r.item_id,
  position: r.position,
  name: r.name,
  contentType: r.content_type,
  length: r.length,
  sha256: r.sha256,
  uploadUrl: r.upload_url,
  uploaded: r.uploaded === 1,
});

/**
 * The outbox table. Personal data goes in only through `enqueue`, encrypted with the row's id as
 * associated data; it comes out only decrypted for sending or masked for staff. There is no
 * in-flight state: an item is pending until acknowledged (then deleted) or rejected (then dead).
 *
 * Crypto-shredding: each item's payload and attachments are encrypted under the item's own random
 * data key, stored wrapped by the master key in a small `outbox_key` row. Acknowledging deletes
 * that row, which `secure_delete = FAST` overwrites with zeros in its b-tree page, so the item's
 * ciphertext left in free pages can no longer be decrypted by anyone, master key included; the
 * megabytes of an attachment need not be rewritten. The old page with the key also sits in the WAL
 * until the next checkpoint, which empties the WAL when the queue runs empty, and during a long
 * drain on a schedule and a size limit.
 */
export class OutboxRepository {
  readonly #s;
  #lastCheckpoint: number;
  #uncheckpointedAcks = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly cipher: AtRestCipher,
    private readonly audit: AuditLog,
    private readonly now: () => number,
    private readonly checkpoint: CheckpointPolicy = defaultCheckpointPolicy,
  ) {
    this.#lastCheckpoint = now();
    this.#s = {
      insertItem: db.prepare(
        `INSERT INTO outbox_item (id, kind, payload, state, attempts, next_attempt_at, created_at)
         VALUES (?, ?, ?, 'pending', 0, ?, ?)`,
      ),
      insertKey: db.prepare('INSERT INTO outbox_key (item_id, wrapped) VALUES (?, ?)'),
      key: db.prepare('SELECT wrapped FROM outbox_key WHERE item_id = ?').pluck(),
      anyPending: db.prepare(`SELECT EXISTS (SELECT 1 FROM outbox_item WHERE state = 'pending')`).pluck(),
      insertAttachment: db.prepare(
        `INSERT INTO outbox_attachment (id, item_id, position, name, content_type, length, sha256, data)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      due: db.prepare(`SELECT ${itemColumns} FROM outbox_item WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY seq LIMIT ?`),
      nextWake: db.prepare(`SELECT MIN(next_attempt_at) AS at FROM outbox_item WHERE state = 'pending'`),
      get: db.prepare(`SELECT ${itemColumns} FROM outbox_item WHERE id = ?`),
      payload: db.prepare('SELECT kind, payload FROM outbox_item WHERE id = ?'),
      attachments: db.prepare(
        `SELECT ${attachmentColumns} FROM outbox_attachment a LEFT JOIN outbox_upload u ON u.attachment_id = a.id WHERE a.item_id = ? ORDER BY a.position`,
      ),
      attachmentData: db.prepare('SELECT data FROM outbox_attachment WHERE id = ?'),
      setUploadUrl: db.prepare('INSERT INTO outbox_upload (attachment_id, url) VALUES (?, ?) ON CONFLICT (attachment_id) DO NOTHING'),
      forgetUpload: db.prepare('DELETE FROM outbox_upload WHERE attachment_id = ?'),
      markUploaded: db.prepare('UPDATE outbox_upload SET uploaded = 1 WHERE attachment_id = ?'),
      retry: db.prepare(
        `UPDATE outbox_item SET attempts = ?, next_attempt_at = ?, last_error = ?, last_error_field = NULL
         WHERE id = ? AND state = 'pending'`,
      ),
      dead: db.prepare(
        `UPDATE outbox_item SET state = 'dead', attempts = ?, last_error = ?, last_error_field = ?, dead_at = ?
         WHERE id = ? AND state = 'pending'`,
      ),
      revive: db.prepare(`UPDATE outbox_item SET state = 'pending', next_attempt_at = ?, dead_at = NULL WHERE id = ? AND state = 'dead'`),
      dueNow: db.prepare(`UPDATE outbox_item SET next_attempt_at = ? WHERE id = ? AND state = 'pending'`),
      delete: db.prepare('DELETE FROM outbox_item WHERE id = ?'),
      counts: db.prepare('SELECT state, COUNT(*) AS n FROM outbox_item GROUP BY state'),
      list: db.prepare(`SELECT ${itemColumns} FROM outbox_item WHERE state = ? ORDER BY seq LIMIT ? OFFSET ?`),
      listAll: db.prepare(`SELECT ${itemColumns} FROM outbox_item ORDER BY seq LIMIT ? OFFSET ?`),
    };
  }

  /**
   * Queues one item with its attachments. Runs as a savepoint when called inside a caller's
   * `db.transaction`, so the item commits together with whatever else the flow saves; the caller
   * may tell the citizen "saved" only once the outermost transaction has returned.
   */
  enqueue(input: EnqueueInput): string {
    const id = randomUUID();
    const now = this.now();
    const itemKey = randomBytes(dataKeyLength);
    const wrappedKey = this.cipher.encrypt(itemKey, itemKeyAad(id));
    const cipher = new AtRestCipher(itemKey);
    itemKey.fill(0);
    const payload = cipher.encryptJson(input.payload, payloadAad(id, input.kind));
    const attachments = (input.attachments ?? []).map((a, position) => {
      const attachmentId = randomUUID();
      return {
        attachmentId,
        position,
        a,
        sha256: createHash('sha256').update(a.data).digest('hex'),
        sealed: cipher.encrypt(a.data, attachmentAad(attachmentId, id)),
      };
    });
    this.db.transaction(() => {
      this.#s.insertItem.run(id, input.kind, payload, now, now);
      this.#s.insertKey.run(id, wrappedKey);
      for (const x of attachments) {
        this.#s.insertAttachment.run(x.attachmentId, id, x.position, x.a.name, x.a.contentType, x.a.data.length, x.sha256, x.sealed);
      }
    })();
    return id;
  }

  get(id: string): OutboxItem | undefined {
    const row = this.#s.get.get(id) as ItemRow | undefined;
    return row && toItem(row);
  }

  /** Pending items whose time has come, oldest first. */
  due(limit = 20): OutboxItem[] {
    return (this.#s.due.all(this.now(), limit) as ItemRow[]).map(toItem);
  }

  /** When the earliest pending item becomes due, or null when nothing is pending. */
  nextAttemptAt(): number | null {
    return (this.#s.nextWake.get() as { at: number | null }).at;
  }

  readPayload(id: string): unknown {
    const row = this.#s.payload.get(id) as { kind: string; payload: Buffer } | undefined;
    if (!row) throw new KioskError('outbox.not_found', 'outbox item not found');
    return this.#itemCipher(id).decryptJson(row.payload, payloadAad(id, row.kind));
  }

  attachments(itemId: string): AttachmentRef[] {
    return (this.#s.attachments.all(itemId) as AttachmentRow[]).map(toAttachment);
  }

  readAttachment(ref: AttachmentRef): Buffer {
    const row = this.#s.attachmentData.get(ref.id) as { data: Buffer } | undefined;
    if (!row) throw new KioskError('outbox.not_found', 'attachment not found');
    return this.#itemCipher(ref.itemId).decrypt(row.data, attachmentAad(ref.id, ref.itemId));
  }

  /** The item's own key, unwrapped; items queued before per-item keys were sealed with the master key. */
  #itemCipher(id: string): AtRestCipher {
    const wrapped = this.#s.key.get(id) as Buffer | undefined;
    if (!wrapped) return this.cipher;
    const key = this.cipher.decrypt(wrapped, itemKeyAad(id));
    try {
      return new AtRestCipher(key);
    } finally {
      key.fill(0);
    }
  }

  /**
   * Saves the URLs of an item's new uploads in one commit, before their first byte is sent, so a
   * restart resumes the same uploads.
   */
  setUploadUrls(uploads: ReadonlyArray<{ attachmentId: string; url: string }>): void {
    if (uploads.length === 0) return;
    this.db.transaction(() => {
      for (const u of uploads) this.#s.setUploadUrl.run(u.attachmentId, u.url);
    })();
  }

  /** The server lost the upload: the next attempt creates a new one. */
  forgetUpload(attachmentId: string): void {
    this.#s.forgetUpload.run(attachmentId);
  }

  /**
   * A failed attempt, with the attachments it uploaded in full marked in the same commit (so the
   * next attempt skips them). A successful attempt never marks them: the acknowledgement deletes
   * them, and after a crash the server's offset says they are complete.
   */
  recordRetry(id: string, attempts: number, nextAttemptAt: number, error: string, uploaded: readonly string[] = []): void {
    this.db.transaction(() => {
      this.#s.retry.run(attempts, nextAttemptAt, error, id);
      this.#markUploaded(uploaded);
    })();
  }

  /** Rejected by the server: kept (encrypted) for staff with the reason, until retention removes it. */
  markDead(id: string, attempts: number, reason: string, field?: string, uploaded: readonly string[] = []): void {
    this.db.transaction(() => {
      this.#s.dead.run(attempts, reason, field ?? null, this.now(), id);
      this.#markUploaded(uploaded);
      this.audit.append('sync', 'outbox.dead', id);
    })();
  }

  #markUploaded(attachmentIds: readonly string[]): void {
    for (const attachmentId of attachmentIds) this.#s.markUploaded.run(attachmentId);
  }

  /**
   * The server has the item: the acknowledgement is recorded and the item deleted with its key in
   * one transaction. An item without a key of its own (queued before per-item keys) has its pages
   * overwritten in full instead.
   */
  acknowledge(id: string): void {
    const shredded = this.#s.key.get(id) !== undefined;
    if (!shredded) this.db.pragma('secure_delete = ON');
    try {
      this.db.transaction(() => {
        this.#s.delete.run(id);
        this.audit.append('sync', 'outbox.acknowledged', id);
      })();
    } finally {
      if (!shredded) this.db.pragma('secure_delete = FAST');
    }
    this.#uncheckpointedAcks += 1;
    this.#checkpointIfDue();
  }

  /** Empties the WAL (old copies of deleted keys) when the queue is empty, or on the policy's time or size. */
  #checkpointIfDue(): void {
    const walBytes = (): number => statSync(`${this.db.name}-wal`, { throwIfNoEntry: false })?.size ?? 0;
    const due =
      !(this.#s.anyPending.get() as number) || this.now() - this.#lastCheckpoint >= this.checkpoint.everyMs || walBytes() >= this.checkpoint.walMaxBytes;
    if (!due || this.#uncheckpointedAcks === 0) return;
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.#lastCheckpoint = this.now();
    this.#uncheckpointedAcks = 0;
  }

  /** Puts a dead item back in the queue, due now; the attempt count is kept for the record. */
  revive(id: string, actor: string): boolean {
    return this.db.transaction(() => {
      const changed = this.#s.revive.run(this.now(), id).changes === 1;
      if (changed) this.audit.append(actor, 'outbox.retry', id);
      return changed;
    })();
  }

  /** Makes a pending item due now instead of after its back-off; attempts and reason are kept. */
  dueNow(id: string, actor: string): boolean {
    return this.db.transaction(() => {
      const changed = this.#s.dueNow.run(this.now(), id).changes === 1;
      if (changed) this.audit.append(actor, 'outbox.sendNow', id);
      return changed;
    })();
  }

  counts(): Record<OutboxState, number> {
    const out: Record<OutboxState, number> = { pending: 0, dead: 0 };
    for (const r of this.#s.counts.all() as Array<{ state: OutboxState; n: number }>) out[r.state] = r.n;
    return out;
  }

  list(options: { state?: OutboxState; limit?: number; offset?: number } = {}): OutboxItem[] {
    const limit = options.limit ?? 50;
    const offset = options.offset ?? 0;
    const rows = options.state ? this.#s.list.all(options.state, limit, offset) : this.#s.listAll.all(limit, offset);
    return (rows as ItemRow[]).map(toItem);
  }
}
