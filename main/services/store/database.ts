import { chmodSync, closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { KioskError, isKioskError } from '../../../common/errors';
import type { Logger } from '../log/logger';
import { writeFileDurably } from '../crypto/durableFile';
import { migrate, type Migration } from './migrations';

/** What opening found; `recreated` must be shown to staff (queued items in the old file are not sent). */
export type StoreRecovery = { kind: 'clean' } | { kind: 'checked' } | { kind: 'recreated'; reason: string; quarantinedTo: string };

export interface OpenStoreOptions {
  path: string;
  migrations: readonly Migration[];
  logger: Logger;
  now?: () => Date;
}

export interface Store {
  readonly db: Database.Database;
  readonly recovery: StoreRecovery;
  /** Clean close: checkpoints the WAL and clears the unclean-shutdown marker. */
  close(): void;
}

const openMarkerSuffix = '.open';
const sidecars = ['', '-wal', '-shm'];

/**
 * Opens the kiosk database with the durability settings asserted, migrated, and checked after an
 * unclean shutdown. A damaged file is moved aside (never deleted: staff or IT may recover it) and a
 * new empty database takes its place so the kiosk keeps serving.
 */
export function openStore(options: OpenStoreOptions): Store {
  const { path, logger } = options;
  makePrivate(path);
  const marker = path + openMarkerSuffix;
  const unclean = existsSync(marker);
  writeFileDurably(marker, String(process.pid), 0o600);

  let recovery: StoreRecovery = { kind: unclean ? 'checked' : 'clean' };
  let db: Database.Database;
  try {
    db = openChecked(path, options.migrations, unclean);
  } catch (error) {
    if (!isDamage(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    const quarantinedTo = `${path}.damaged-${(options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-')}`;
    for (const suffix of sidecars) {
      if (existsSync(path + suffix)) renameSync(path + suffix, quarantinedTo + suffix);
    }
    logger.error('database damaged: moved aside and started a new one; staff must be told', { reason, quarantinedTo });
    recovery = { kind: 'recreated', reason, quarantinedTo };
    db = openChecked(path, options.migrations, false);
  }
  if (unclean) logger.warn('database was not closed cleanly; quick_check passed', { recovery: recovery.kind });

  return {
    db,
    recovery,
    close() {
      if (!db.open) return;
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      rmSync(marker, { force: true });
    },
  };
}

/**
 * The data directory 0700 and the database files 0600, also when an older kiosk (or an installer
 * with a loose umask) left them readable by other local users: `mkdir` does not change an existing
 * directory. SQLite gives its -wal and -shm files the mode of the database file, so creating that
 * file 0600 before SQLite opens it covers all three.
 */
function makePrivate(path: string): void {
  if (process.platform === 'win32') return;
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  closeSync(openSync(path, 'a', 0o600));
  for (const suffix of [...sidecars, openMarkerSuffix]) if (existsSync(path + suffix)) chmodSync(path + suffix, 0o600);
}

/** Only a damaged file is moved aside; anything else (newer schema, disk full, permissions) is raised. */
function isDamage(error: unknown): boolean {
  if (isKioskError(error)) return error.code === 'store.damaged';
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

function openChecked(path: string, migrations: readonly Migration[], check: boolean): Database.Database {
  const db = new Database(path);
  try {
    applyPragmas(db);
    if (check) {
      const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
      if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
        throw new KioskError(
          'store.damaged',
          `quick_check failed: ${rows
            .map((r) => r.quick_check)
            .slice(0, 3)
            .join('; ')}`,
        );
      }
    }
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Sets and then reads back every setting the durability story depends on. */
export function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // better-sqlite3 leaves WAL connections at NORMAL, which may lose the last commits on power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Deleted rows are overwritten with zeros in their b-tree pages, which are written anyway; large
  // values spilled to overflow pages are not, which is why outbox items are crypto-shredded
  // (outboxRepository.ts): the small key row is what must not linger, and it is zeroed.
  db.pragma('secure_delete = FAST');
  const expect = (name: string, actual: unknown, wanted: unknown): void => {
    if (actual !== wanted) throw new KioskError('store.pragma', `PRAGMA ${name} is ${String(actual)}, expected ${String(wanted)}`);
  };
  expect('journal_mode', db.pragma('journal_mode', { simple: true }), 'wal');
  expect('synchronous', db.pragma('synchronous', { simple: true }), 2);
  expect('foreign_keys', db.pragma('foreign_keys', { simple: true }), 1);
  expect('secure_delete', db.pragma('secure_delete', { simple: true }), 2);
}
