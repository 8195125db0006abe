import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../log/logger';
import { AtRestCipher } from '../crypto/atRestCipher';
import type { KeyProvider } from '../crypto/keyProvider';
import { AuditLog } from '../store/auditLog';
import { openStore, type Store } from '../store/database';
import { OutboxRepository } from '../store/outboxRepository';
import { applyRetention, pruneQuarantined, type RetentionPolicy, type RetentionResult } from '../store/retention';
import { storeMigrations } from '../store/schema';
import type { BackoffPolicy } from './backoff';
import { CircuitBreaker } from './circuitBreaker';
import { OutboxScheduler } from './outboxScheduler';
import type { OutboxSender } from './outboxSender';
import { QueueStaffView } from './queueStaffView';
import { SyncEvents } from './syncEvents';

export interface OutboxConfig {
  backoff: BackoffPolicy;
  breaker: { failureThreshold: number; openMs: number };
  retention: RetentionPolicy;
  chunkSize?: number;
  maxIdleMs?: number;
}

export const defaultOutboxConfig: OutboxConfig = {
  backoff: { baseMs: 2_000, capMs: 10 * 60_000, jitterAfterRetryAfter: true },
  breaker: { failureThreshold: 5, openMs: 30_000 },
  retention: { deadMaxAgeMs: 30 * 24 * 3600_000, deadMaxCount: 500, auditMaxAgeMs: 180 * 24 * 3600_000, quarantineMaxAgeMs: 30 * 24 * 3600_000 },
};

export interface OutboxServicesOptions {
  dataDir: string;
  keyProvider: KeyProvider;
  sender: OutboxSender;
  logger: Logger;
  config?: OutboxConfig;
  now?: () => number;
  /** Source of the retry jitter (0-1); the fleet outage bench fixes it to 1 for its no-jitter control. */
  random?: () => number;
}

export interface OutboxServices {
  store: Store;
  repository: OutboxRepository;
  audit: AuditLog;
  events: SyncEvents;
  scheduler: OutboxScheduler;
  staffView: QueueStaffView;
  /** Applies the retention limits to the queue, the audit trail and quarantined database files. */
  applyRetention(): RetentionResult & { quarantinedRemoved: string[] };
  /** Stops the scheduler, then closes the database cleanly. */
  close(): Promise<void>;
}

/** Wires the store, cipher, repository and scheduler for the composition root (and for tests). */
export async function createOutboxServices(options: OutboxServicesOptions): Promise<OutboxServices> {
  const config = options.config ?? defaultOutboxConfig;
  const now = options.now ?? Date.now;
  const logger = options.logger.child({ service: 'outbox' });
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  // The key first: without it nothing may be stored, so the database is not even opened.
  const cipher = new AtRestCipher(await options.keyProvider.getDataKey());
  const dbPath = join(options.dataDir, 'kiosk.db');
  const store = openStore({ path: dbPath, migrations: storeMigrations, logger });
  const audit = new AuditLog(store.db, now);
  const repository = new OutboxRepository(store.db, cipher, audit, now);
  const events = new SyncEvents(logger);
  const scheduler = new OutboxScheduler({
    repository,
    sender: options.sender,
    events,
    breaker: new CircuitBreaker({ ...config.breaker, now }),
    backoff: config.backoff,
    logger,
    now,
    ...(options.random ? { random: options.random } : {}),
    ...(config.chunkSize ? { chunkSize: config.chunkSize } : {}),
    ...(config.maxIdleMs ? { maxIdleMs: config.maxIdleMs } : {}),
  });
  const staffView = new QueueStaffView(repository, audit, () => scheduler.kick());
  return {
    store,
    repository,
    audit,
    events,
    scheduler,
    staffView,
    applyRetention: () => ({
      ...applyRetention(store.db, audit, config.retention, now()),
      quarantinedRemoved: pruneQuarantined(dbPath, config.retention.quarantineMaxAgeMs, now()),
    }),
    async close() {
      await scheduler.stop();
      store.close();
    },
  };
}
