import type Database from 'better-sqlite3';

export interface AuditEntry {
  seq: number;
  at: number;
  /** Who acted: `sync`, `retention`, or a staff operator id (never a citizen's data). */
  actor: string;
  action: string;
  /** What it was done to, such as an outbox item id. */
  subject: string | null;
}

/** Append-only trail of what happened to queued items and what staff did; holds no personal data. */
export class AuditLog {
  readonly #insert: Database.Statement;
  readonly #recent: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly now: () => number,
  ) {
    this.#insert = db.prepare('INSERT INTO audit_log (at, actor, action, subject) VALUES (?, ?, ?, ?)');
    this.#recent = db.prepare('SELECT seq, at, actor, action, subject FROM audit_log ORDER BY seq DESC LIMIT ?');
  }

  append(actor: string, action: string, subject?: string): void {
    this.#insert.run(this.now(), actor, action, subject ?? null);
  }

  recent(limit = 100): AuditEntry[] {
    return this.#recent.all(limit) as AuditEntry[];
  }
}
