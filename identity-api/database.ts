import Database from 'better-sqlite3';

export type Db = Database.Database;

/** Schema by user_version; each entry moves the file one version up. */
const migrations: string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  -- Stand-in for the national population register used by real-name and face checks.
  CREATE TABLE population (
    id_number TEXT PRIMARY KEY, name TEXT NOT NULL, face_rule TEXT NOT NULL DEFAULT 'match'
  );
  -- Stand-in for the business registry consulted at enterprise registration.
  CREATE TABLE business_registry (
    uscc TEXT PRIMARY KEY, enterprise_name TEXT NOT NULL, legal_rep_name TEXT NOT NULL, legal_rep_id_number TEXT NOT NULL
  );
  CREATE TABLE accounts (
    account_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'enterprise')),
    account_name TEXT UNIQUE,
    holder_name TEXT NOT NULL,
    id_type TEXT NOT NULL,
    id_number TEXT NOT NULL,
    phone TEXT NOT NULL,
    uscc TEXT UNIQUE,
    enterprise_name TEXT,
    status TEXT NOT NULL,
    real_name_level INTEGER NOT NULL,
    password_hash TEXT,
    signed_agreement TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE UNIQUE INDEX accounts_person_id ON accounts (id_number) WHERE kind = 'person';
  CREATE UNIQUE INDEX accounts_person_phone ON accounts (phone) WHERE kind = 'person';
  CREATE TABLE sms_challenges (
    challenge_id TEXT PRIMARY KEY, phone TEXT NOT NULL, purpose TEXT NOT NULL, code TEXT NOT NULL,
    account_id TEXT, expires_at INTEGER NOT NULL, attempts_left INTEGER NOT NULL,
    verified_at INTEGER, created_at INTEGER NOT NULL
  );
  CREATE INDEX sms_by_phone ON sms_challenges (phone, created_at);
  CREATE TABLE face_verifications (
    verification_id TEXT PRIMARY KEY, id_number TEXT NOT NULL, result TEXT NOT NULL, score REAL NOT NULL, created_at INTEGER NOT NULL
  );
  CREATE TABLE idempotency (
    kiosk_id TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL,
    status INTEGER NOT NULL, body TEXT NOT NULL, created_at INTEGER NOT NULL,
    PRIMARY KEY (kiosk_id, key)
  );
  CREATE TABLE nonces (kiosk_id TEXT NOT NULL, nonce TEXT NOT NULL, expires_at INTEGER NOT NULL, PRIMARY KEY (kiosk_id, nonce));
  CREATE TABLE appeals (
    appeal_id TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, type TEXT NOT NULL, uscc TEXT NOT NULL, payload TEXT NOT NULL,
    status TEXT NOT NULL, created_at INTEGER NOT NULL, submitted_at INTEGER
  );
  CREATE TABLE uploads (
    upload_id TEXT PRIMARY KEY, appeal_id TEXT NOT NULL REFERENCES appeals (appeal_id), document_type TEXT NOT NULL,
    file_name TEXT NOT NULL, content_type TEXT NOT NULL, length INTEGER NOT NULL, sha256 TEXT NOT NULL,
    offset INTEGER NOT NULL DEFAULT 0, complete INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE upload_chunks (upload_id TEXT NOT NULL, offset INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (upload_id, offset));
  CREATE TABLE qr_sessions (
    session_id TEXT PRIMARY KEY, app_id TEXT NOT NULL, status TEXT NOT NULL, expires_at INTEGER NOT NULL, account_id TEXT
  );
  CREATE TABLE heartbeats (kiosk_id TEXT PRIMARY KEY, payload TEXT NOT NULL, received_at INTEGER NOT NULL);
  `,
  `
  -- Enterprise agents (经办人/代理人): a registered person acting for an enterprise account.
  CREATE TABLE agents (
    agent_id TEXT PRIMARY KEY,
    enterprise_account_id TEXT NOT NULL REFERENCES accounts (account_id),
    person_account_id TEXT NOT NULL REFERENCES accounts (account_id),
    status TEXT NOT NULL CHECK (status IN ('pending', 'active')),
    valid_from TEXT, valid_until TEXT, may_manage_agents INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    UNIQUE (enterprise_account_id, person_account_id)
  );
  -- Every accepted upload chunk: where it started and how long it was (shows resumption in tests and demos).
  CREATE TABLE upload_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, upload_id TEXT NOT NULL, offset INTEGER NOT NULL, length INTEGER NOT NULL, at INTEGER NOT NULL
  );
  `,
  `
  -- The validity period of the holder's identity document (end: a date or 'long-term'); a card renewal replaces it.
  ALTER TABLE accounts ADD COLUMN validity_start TEXT;
  ALTER TABLE accounts ADD COLUMN validity_end TEXT;
  `,
  `
  -- A person account belongs to a document type plus its number (passports and permits share no number space with resident cards).
  DROP INDEX accounts_person_id;
  CREATE UNIQUE INDEX accounts_person_document ON accounts (id_type, id_number) WHERE kind = 'person';
  `,
  `
  -- When the holder's face was enrolled for face sign-in (null: not enrolled).
  ALTER TABLE accounts ADD COLUMN face_enrolled_at INTEGER;
  `,
  `
  -- Relatives a person account holder bound at a kiosk (亲属代办), each document once per account.
  CREATE TABLE relatives (
    binding_id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (account_id),
    relation TEXT NOT NULL,
    name TEXT NOT NULL,
    id_type TEXT NOT NULL,
    id_number TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (account_id, id_type, id_number)
  );
  `,
  `
  -- The agent's own login password for the enterprise (set by whoever adds them at a kiosk); null for agents who registered themselves.
  ALTER TABLE agents ADD COLUMN password_hash TEXT;
  `,
];

/** Opens (or creates) the server's SQLite file: WAL, synchronous=FULL (asserted), migrated. */
export function openDatabase(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  if (db.pragma('synchronous', { simple: true }) !== 2) throw new Error('SQLite refused synchronous=FULL');
  const version = db.pragma('user_version', { simple: true }) as number;
  db.transaction(() => {
    migrations.slice(version).forEach((sql) => db.exec(sql));
    db.pragma(`user_version = ${migrations.length}`);
  })();
  return db;
}
