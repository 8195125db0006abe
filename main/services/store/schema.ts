import { rehashAuditRows } from './auditChain';
import type { Migration } from './migrations';

/** The kiosk database schema, in order. Append only: a shipped migration is never edited. */
export const storeMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'outbox and audit log',
    up(db) {
      db.exec(`
        CREATE TABLE outbox_item (
          seq             INTEGER PRIMARY KEY AUTOINCREMENT,
          id              TEXT NOT NULL UNIQUE,
          kind            TEXT NOT NULL,
          payload         BLOB NOT NULL,
          state           TEXT NOT NULL CHECK (state IN ('pending', 'dead')),
          attempts        INTEGER NOT NULL DEFAULT 0,
          next_attempt_at INTEGER NOT NULL,
          last_error      TEXT,
          last_error_field TEXT,
          created_at      INTEGER NOT NULL,
          dead_at         INTEGER
        ) STRICT;
        CREATE INDEX outbox_item_due ON outbox_item (state, next_attempt_at, seq);

        CREATE TABLE outbox_attachment (
          id           TEXT PRIMARY KEY,
          item_id      TEXT NOT NULL REFERENCES outbox_item (id) ON DELETE CASCADE,
          position     INTEGER NOT NULL,
          name         TEXT NOT NULL,
          content_type TEXT NOT NULL,
          length       INTEGER NOT NULL,
          sha256       TEXT NOT NULL,
          data         BLOB NOT NULL,
          upload_url   TEXT,
          uploaded     INTEGER NOT NULL DEFAULT 0,
          UNIQUE (item_id, position)
        ) STRICT;

        -- A queued item is sent exactly as it was saved: identity, kind and content never change.
        CREATE TRIGGER outbox_item_immutable BEFORE UPDATE OF id, kind, payload, created_at ON outbox_item
        BEGIN SELECT RAISE(ABORT, 'queued outbox item is immutable'); END;
        CREATE TRIGGER outbox_attachment_immutable
        BEFORE UPDATE OF id, item_id, position, name, content_type, length, sha256, data ON outbox_attachment
        BEGIN SELECT RAISE(ABORT, 'queued attachment is immutable'); END;

        CREATE TABLE audit_log (
          seq     INTEGER PRIMARY KEY AUTOINCREMENT,
          at      INTEGER NOT NULL,
          actor   TEXT NOT NULL,
          action  TEXT NOT NULL,
          subject TEXT
        ) STRICT;
        CREATE INDEX audit_log_at ON audit_log (at);
      `);
    },
  },
  {
    version: 2,
    name: 'hash-chained audit log',
    up(db) {
      // Rows become a hash chain; the anchor holds the hash of the last row retention removed, so
      // the chain still verifies from there. Rows cannot be changed, and only rows at or before
      // the anchor can be deleted.
      db.exec(`
        ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
        ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT '';
        CREATE TABLE audit_anchor (
          id   INTEGER PRIMARY KEY CHECK (id = 1),
          seq  INTEGER NOT NULL,
          hash TEXT NOT NULL
        ) STRICT;
        INSERT INTO audit_anchor (id, seq, hash) VALUES (1, 0, '');
      `);
      rehashAuditRows(db);
      db.exec(`
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        CREATE TRIGGER audit_log_delete_only_anchored BEFORE DELETE ON audit_log
        WHEN OLD.seq > (SELECT seq FROM audit_anchor WHERE id = 1)
        BEGIN SELECT RAISE(ABORT, 'audit log rows can only be removed by retention'); END;
      `);
    },
  },
  {
    version: 3,
    name: 'staff secret attempt counts',
    up(db) {
      // Failed exit PIN, staff PIN and staff card attempts and their lockouts, one row per gate,
      // so a restart does not give a guesser a fresh set of attempts.
      db.exec(`
        CREATE TABLE attempt_gate (
          gate         TEXT PRIMARY KEY,
          failures     INTEGER NOT NULL CHECK (failures >= 0),
          locked_until INTEGER NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    version: 4,
    name: 'per-item data keys',
    up(db) {
      // Each queued item's own data key, wrapped by the master key. Deleting this small row makes
      // the item's ciphertext undecryptable wherever its pages linger (crypto-shredding).
      db.exec(`
        CREATE TABLE outbox_key (
          item_id TEXT PRIMARY KEY REFERENCES outbox_item (id) ON DELETE CASCADE,
          wrapped BLOB NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    version: 5,
    name: 'upload state apart from the document bytes',
    up(db) {
      // Setting a URL on the attachment row grew the row, and SQLite rewrote the whole row with its
      // megabytes of ciphertext. The upload state lives in its own small row instead. The old
      // columns stay (dropping them would rewrite every queued document); nothing writes them now.
      db.exec(`
        CREATE TABLE outbox_upload (
          attachment_id TEXT PRIMARY KEY REFERENCES outbox_attachment (id) ON DELETE CASCADE,
          url           TEXT NOT NULL,
          uploaded      INTEGER NOT NULL DEFAULT 0 CHECK (uploaded IN (0, 1))
        ) STRICT;
        INSERT INTO outbox_upload (attachment_id, url, uploaded)
        SELECT id, upload_url, uploaded FROM outbox_attachment WHERE upload_url IS NOT NULL;
      `);
    },
  },
];
