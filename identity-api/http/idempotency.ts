import { createHash } from 'node:crypto';
import { apiErrorCodes } from '../../common/identityApi/apiError';
import { ApiError } from '../apiError';
import type { Reply } from '../context';
import type { Db } from '../database';

export function requestHash(method: string, path: string, body: Buffer): string {
  return createHash('sha256').update(method).update('\n').update(path).update('\n').update(body).digest('hex');
}

/**
 * Idempotency-Key bookkeeping. Completed requests live in SQLite, written in the same transaction
 * as their effect; requests still being prepared are held in memory, which is exact for one
 * server process (the reference server is one process).
 */
export class IdempotencyStore {
  private readonly inFlight = new Map<string, string>();

  constructor(private readonly db: Db) {}

  /** Returns the stored reply to replay, or undefined when the request is new (and now in flight). */
  begin(kioskId: string, key: string, hash: string): Reply | undefined {
    const slot = `${kioskId}\u0000${key}`;
    const stored = this.db.prepare('SELECT request_hash, status, body FROM idempotency WHERE kiosk_id = ? AND key = ?').get(kioskId, key) as
      { request_hash: string; status: number; body: string } | undefined;
    const knownHash = stored?.request_hash ?? this.inFlight.get(slot);
    if (knownHash !== undefined && knownHash !== hash) {
      throw new ApiError(422, apiErrorCodes.idempotencyKeyReused, 'this Idempotency-Key was used with a different request', 'Idempotency-Key');
    }
    if (stored) return { status: stored.status, body: JSON.parse(stored.body), headers: { 'idempotent-replayed': 'true' } };
    if (this.inFlight.has(slot))
      throw new ApiError(409, apiErrorCodes.idempotencyInFlight, 'the first request with this key is still being processed', 'Idempotency-Key');
    this.inFlight.set(slot, hash);
    return undefined;
  }

  /** Call inside the effect's transaction. */
  record(kioskId: string, key: string, hash: string, reply: Reply, now: number): void {
    this.db
      .prepare('INSERT INTO idempotency (kiosk_id, key, request_hash, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(kioskId, key, hash, reply.status, JSON.stringify(reply.body ?? null), now);
  }

  end(kioskId: string, key: string): void {
    this.inFlight.delete(`${kioskId}\u0000${key}`);
  }
}
