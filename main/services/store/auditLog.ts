import type Database from 'better-sqlite3';
import { auditRowHash, verifyAuditChain, type ChainVerdict } from './auditChain';

export interface AuditEntry {
  seq: number;
  at: number;
  /** Who acted: `sync`, `retention`, or a staff operator id (never a citizen's data). */
  actor: string;
  action: string;
  /** What it was done to, such as an outbox item id. */
  subject: string | null;
}

/**
 * Append-only, hash-chained trail of what happened to queued items and what staff did; holds no
 * personal data. The database refuses updates and deletes past the retention anchor.
 */
export class AuditLog {
  readonly #insert: Database.Statement;
  readonly #recent: Database.Statement;
  readonly #last: Database.Statement;
  readonly #append: (actor: string, action: string, subject: string | null) => void;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => number,
  ) {
    this.#insert = db.prepare('INSERT INTO audit_log (seq, at, actor, action, subject, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.#recent = db.prepare('SELECT seq, at, actor, action, subject FROM audit_log ORDER BY seq DESC LIMIT ?');
    this.#last = db.prepare(
      `SELECT COALESCE((SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1), (SELECT seq FROM audit_anchor WHERE id = 1)) AS seq,
              COALESCE((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), (SELECT hash FROM audit_anchor WHERE id = 1)) AS hash`,
    );
    // Reading the tail and inserting the next link happen in one transaction, so links never fork.
    this.#append = db.transaction((actor: string, action: string, subject: string | null) => {
      const last = this.#last.get() as { seq: number; hash: string };
      const row = { seq: last.seq + 1, at: this.now(), actor, action, subject };
      this.#insert.run(row.seq, row.at, actor, action, subject, last.hash, auditRowHash(last.hash, row));
    });
  }

  append(actor: string, action: string, subject?: string): void {
    this.#append(actor, action, subject ?? null);
  }

  verify(): ChainVerdict {
    return verifyAuditChain(this.db);
  }

  recent(limit = 100): AuditEntry[] {
    return this.#recent.all(limit) as AuditEntry[];
  }
}
