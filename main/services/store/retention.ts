import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import type { AuditLog } from './auditLog';

export interface RetentionPolicy {
  /** A dead item (with its encrypted personal data) is deleted this long after it died. */
  deadMaxAgeMs: number;
  /** At most this many dead items are kept; the oldest go first. */
  deadMaxCount: number;
  /** Audit entries older than this are deleted. */
  auditMaxAgeMs: number;
  /** A damaged database moved aside (still encrypted) is deleted this long after it was moved. */
  quarantineMaxAgeMs: number;
}

export interface RetentionResult {
  deadRemoved: number;
  auditRemoved: number;
}

/**
 * Enforces the configured limits. Run at start-up and periodically by the composition root; the
 * WAL is checkpointed afterwards so removed rows do not survive in the log either.
 */
export function applyRetention(db: Database.Database, audit: AuditLog, policy: RetentionPolicy, now: number): RetentionResult {
  const result = db.transaction(() => {
    const byAge = db
      .prepare(`SELECT id FROM outbox_item WHERE state = 'dead' AND dead_at < ?`)
      .pluck()
      .all(now - policy.deadMaxAgeMs) as string[];
    const byCount = db
      .prepare(`SELECT id FROM outbox_item WHERE state = 'dead' ORDER BY dead_at DESC, seq DESC LIMIT -1 OFFSET ?`)
      .pluck()
      .all(policy.deadMaxCount) as string[];
    const expired = [...new Set([...byAge, ...byCount])];
    const remove = db.prepare('DELETE FROM outbox_item WHERE id = ?');
    for (const id of expired) {
      remove.run(id);
      audit.append('retention', 'outbox.expired', id);
    }
    // Move the chain's anchor to the newest expiring row first: the triggers let only anchored rows go.
    const lastExpired = db.prepare('SELECT seq, hash FROM audit_log WHERE at < ? ORDER BY seq DESC LIMIT 1').get(now - policy.auditMaxAgeMs) as
      { seq: number; hash: string } | undefined;
    let auditRemoved = 0;
    if (lastExpired) {
      db.prepare('UPDATE audit_anchor SET seq = ?, hash = ? WHERE id = 1').run(lastExpired.seq, lastExpired.hash);
      auditRemoved = db.prepare('DELETE FROM audit_log WHERE seq <= ?').run(lastExpired.seq).changes;
    }
    return { deadRemoved: expired.length, auditRemoved };
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  return result;
}

/** Deletes database files moved aside as damaged once they are older than the limit; returns their names. */
export function pruneQuarantined(databasePath: string, maxAgeMs: number, now: number): string[] {
  const prefix = `${basename(databasePath)}.damaged-`;
  const dir = dirname(databasePath);
  const expired = readdirSync(dir).filter((name) => name.startsWith(prefix) && now - statSync(join(dir, name)).mtimeMs > maxAgeMs);
  for (const name of expired) rmSync(join(dir, name), { force: true });
  return expired;
}
