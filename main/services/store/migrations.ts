import type Database from 'better-sqlite3';
import { KioskError } from '../../../common/errors';

/** One schema step; `version` is the `user_version` the database has once `up` has run. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}

export interface MigrationResult {
  from: number;
  to: number;
}

/**
 * Brings the database to the last version of `migrations` (ordered 1, 2, 3 …) in one transaction:
 * a crash mid-way leaves the old schema intact. A database written by a newer kiosk is refused
 * rather than guessed at.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): MigrationResult {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${index + 1}`);
  });
  const target = migrations.length;
  const apply = db.transaction(() => {
    const from = db.pragma('user_version', { simple: true }) as number;
    if (from > target) {
      throw new KioskError('store.newer_schema', `database schema version ${from} is newer than this kiosk supports (${target})`);
    }
    for (const m of migrations.slice(from)) m.up(db);
    // user_version lives in the database header, so it commits or rolls back with the steps.
    if (from !== target) db.pragma(`user_version = ${target}`);
    return { from, to: target };
  });
  return apply.immediate();
}
