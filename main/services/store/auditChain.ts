import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

export interface AuditRow {
  seq: number;
  at: number;
  actor: string;
  action: string;
  subject: string | null;
}

/** Each row's hash covers the previous row's hash and every field, so any edit breaks the chain from there on. */
export function auditRowHash(prevHash: string, row: AuditRow): string {
  return createHash('sha256')
    .update(JSON.stringify([prevHash, row.seq, row.at, row.actor, row.action, row.subject]))
    .digest('hex');
}

/** Chains rows written before the chain existed (schema migration 2). */
export function rehashAuditRows(db: Database.Database): void {
  const update = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?');
  let prev = '';
  for (const row of db.prepare('SELECT seq, at, actor, action, subject FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    const hash = auditRowHash(prev, row);
    update.run(prev, hash, row.seq);
    prev = hash;
  }
}

export type ChainVerdict = { ok: true; rows: number } | { ok: false; rows: number; brokenAt: number; reason: string };

/** Walks the chain from the retention anchor to the newest row. */
export function verifyAuditChain(db: Database.Database): ChainVerdict {
  const anchor = db.prepare('SELECT seq, hash FROM audit_anchor WHERE id = 1').get() as { seq: number; hash: string } | undefined;
  if (!anchor) return { ok: false, rows: 0, brokenAt: 0, reason: 'anchor missing' };
  let prev = anchor.hash;
  let expectedSeq: number | undefined;
  let rows = 0;
  const select = db.prepare('SELECT seq, at, actor, action, subject, prev_hash AS prevHash, hash FROM audit_log WHERE seq > ? ORDER BY seq');
  for (const row of select.iterate(anchor.seq) as IterableIterator<AuditRow & { prevHash: string; hash: string }>) {
    if (expectedSeq !== undefined && row.seq !== expectedSeq) return { ok: false, rows, brokenAt: row.seq, reason: `row ${expectedSeq} is missing` };
    if (row.prevHash !== prev) return { ok: false, rows, brokenAt: row.seq, reason: 'does not follow the previous row' };
    if (auditRowHash(prev, row) !== row.hash) return { ok: false, rows, brokenAt: row.seq, reason: 'content does not match its hash' };
    prev = row.hash;
    expectedSeq = row.seq + 1;
    rows += 1;
  }
  return { ok: true, rows };
}
