import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../../main/services/log/logger';
import { openStore } from '../../../../../main/services/store/database';
import { storeMigrations } from '../../../../../main/services/store/schema';
import { tempDir } from '../../../../support/outbox/testOutbox';

const dirs: Array<{ remove(): void }> = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
const mode = (path: string) => statSync(path).mode & 0o777;

describe('kiosk database file modes', () => {
  it('creates the data directory 0700 and the database, its WAL and shared-memory files 0600 under a loose umask', () => {
    const root = tempDir('modes-');
    dirs.push(root);
    const dataDir = join(root.path, 'data');
    const previous = process.umask(0o022);
    try {
      const store = openStore({ path: join(dataDir, 'kiosk.db'), migrations: storeMigrations, logger: silentLogger });
      store.db.prepare("INSERT INTO attempt_gate (gate, failures, locked_until) VALUES ('exit-pin', 1, 0)").run();
      expect(mode(dataDir)).toBe(0o700);
      for (const file of ['kiosk.db', 'kiosk.db-wal', 'kiosk.db-shm', 'kiosk.db.open']) expect([file, mode(join(dataDir, file))]).toEqual([file, 0o600]);
      store.close();
    } finally {
      process.umask(previous);
    }
  });

  it('tightens a data directory and database an older kiosk left readable by everyone', () => {
    const root = tempDir('modes-');
    dirs.push(root);
    const dataDir = join(root.path, 'data');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const file = join(dataDir, 'kiosk.db');
    new Database(file).close();
    chmodSync(file, 0o644);
    writeFileSync(join(dataDir, 'kiosk.db-wal'), '');
    chmodSync(join(dataDir, 'kiosk.db-wal'), 0o644);
    const store = openStore({ path: file, migrations: storeMigrations, logger: silentLogger });
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(mode(join(dataDir, 'kiosk.db-wal'))).toBe(0o600);
    store.close();
  });
});
