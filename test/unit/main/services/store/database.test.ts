import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../../main/services/log/logger';
import { openStore } from '../../../../../main/services/store/database';
import { migrate, type Migration } from '../../../../../main/services/store/migrations';
import { storeMigrations } from '../../../../../main/services/store/schema';
import { tempDir } from '../../../../support/outbox/testOutbox';

const dirs: Array<{ remove(): void }> = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
const newPath = (): string => {
  const dir = tempDir('store-');
  dirs.push(dir);
  return join(dir.path, 'kiosk.db');
};
const open = (path: string) => openStore({ path, migrations: storeMigrations, logger: silentLogger });

describe('openStore', () => {
  it('opens in WAL with synchronous=FULL, foreign keys and secure delete, at the latest schema', () => {
    const store = open(newPath());
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('user_version', { simple: true })).toBe(storeMigrations.length);
    expect(store.recovery).toEqual({ kind: 'clean' });
    store.close();
  });

  it('quick-checks after an unclean shutdown and reports it', () => {
    const path = newPath();
    const first = open(path);
    first.db.close(); // the process "dies": the open marker stays behind
    const second = open(path);
    expect(second.recovery).toEqual({ kind: 'checked' });
    second.close();
    const third = open(path);
    expect(third.recovery).toEqual({ kind: 'clean' });
    third.close();
  });

  it('moves a damaged file aside and starts a new database', () => {
    const path = newPath();
    open(path).db.close();
    writeFileSync(path, Buffer.alloc(8192, 0x5a));
    const store = open(path);
    expect(store.recovery.kind).toBe('recreated');
    const quarantined = store.recovery.kind === 'recreated' ? store.recovery.quarantinedTo : '';
    expect(existsSync(quarantined)).toBe(true);
    expect(store.db.prepare('SELECT COUNT(*) FROM outbox_item').pluck().get()).toBe(0);
    store.close();
    expect(readdirSync(join(path, '..')).filter((f) => f.includes('.damaged-')).length).toBeGreaterThan(0);
  });

  it('refuses a database written by a newer kiosk and leaves it untouched', () => {
    const path = newPath();
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    expect(() => open(path)).toThrow(expect.objectContaining({ code: 'store.newer_schema' }));
    const again = new Database(path);
    expect(again.pragma('user_version', { simple: true })).toBe(99);
    again.close();
  });
});

describe('migrate', () => {
  const steps: Migration[] = [
    { version: 1, name: 'a', up: (db) => db.exec('CREATE TABLE a (x)') },
    { version: 2, name: 'b', up: (db) => db.exec('CREATE TABLE b (x)') },
  ];

  it('applies only the pending steps', () => {
    const db = new Database(':memory:');
    expect(migrate(db, steps.slice(0, 1))).toEqual({ from: 0, to: 1 });
    expect(migrate(db, steps)).toEqual({ from: 1, to: 2 });
    expect(migrate(db, steps)).toEqual({ from: 2, to: 2 });
  });

  it('rolls back every step when one fails', () => {
    const db = new Database(':memory:');
    const broken = [
      ...steps,
      {
        version: 3,
        name: 'bad',
        up: () => {
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare(`SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'`).pluck().get()).toBe(0);
  });

  it('rejects a list that is not numbered 1, 2, 3 …', () => {
    expect(() => migrate(new Database(':memory:'), [steps[1]!])).toThrow(/expected 1/);
  });
});
