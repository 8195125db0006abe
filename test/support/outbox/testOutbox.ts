import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../../main/services/log/logger';
import { AtRestCipher } from '../../../main/services/crypto/atRestCipher';
import { AuditLog } from '../../../main/services/store/auditLog';
import { openStore, type Store } from '../../../main/services/store/database';
import { OutboxRepository } from '../../../main/services/store/outboxRepository';
import { storeMigrations } from '../../../main/services/store/schema';

/** A manually advanced clock for scheduler and retention tests. */
export class FakeClock {
  constructor(public ms = 1_700_000_000_000) {}
  readonly now = (): number => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}

export function tempDir(prefix = 'outbox-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface TestOutbox {
  dir: string;
  store: Store;
  cipher: AtRestCipher;
  audit: AuditLog;
  repository: OutboxRepository;
  clock: FakeClock;
  dispose(): void;
}

/** A real on-disk outbox with a random key and a fake clock. */
export function openTestOutbox(): TestOutbox {
  const dir = tempDir();
  const clock = new FakeClock();
  const store = openStore({ path: join(dir.path, 'kiosk.db'), migrations: storeMigrations, logger: silentLogger });
  const cipher = new AtRestCipher(randomBytes(32));
  const audit = new AuditLog(store.db, clock.now);
  const repository = new OutboxRepository(store.db, cipher, audit, clock.now);
  return {
    dir: dir.path,
    store,
    cipher,
    audit,
    repository,
    clock,
    dispose() {
      store.close();
      dir.remove();
    },
  };
}
