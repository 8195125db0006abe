/**
 * Child process of the content campaign: holds the outbox, enqueues the campaign's items and runs
 * the scheduler against the chaos server until the harness SIGKILLs it (or, for the final drain,
 * until the queue is empty). `committed <logical> <item id>` comes only after enqueue returned.
 * Usage: node --import tsx contentWorker.ts '<ContentWorkerConfig JSON>'
 */
import { join } from 'node:path';
import { KeyFileProvider } from '../../../main/services/crypto/keyFileProvider';
import { silentLogger } from '../../../main/services/log/logger';
import { createOutboxServices } from '../../../main/services/sync/outboxServices';
import { HttpOutboxSender } from '../../support/outbox/httpOutboxSender';
import { contentItem } from './contentItems';

export interface ContentWorkerConfig {
  dataDir: string;
  baseUrl: string;
  seed: number;
  logicals: string[];
  enqueueEveryMs: number;
  drain: boolean;
  /** Control run: the kiosk stores other bytes than the campaign's for these logicals (its hash then matches them). */
  corrupt: string[];
}

const config = JSON.parse(process.argv[2] ?? '{}') as ContentWorkerConfig;

const outbox = await createOutboxServices({
  dataDir: config.dataDir,
  keyProvider: new KeyFileProvider(join(config.dataDir, 'data.key'), silentLogger),
  sender: new HttpOutboxSender(config.baseUrl, 1000),
  logger: silentLogger,
  config: {
    // Retries wait long enough that a kill often lands between a dropped answer and its retry.
    backoff: { baseMs: 400, capMs: 1000 },
    breaker: { failureThreshold: 4, openMs: 100 },
    retention: { deadMaxAgeMs: 3600_000, deadMaxCount: 100, auditMaxAgeMs: 3600_000, quarantineMaxAgeMs: 3600_000 },
    chunkSize: 2048,
    maxIdleMs: 200,
  },
});
process.stdout.write('ready\n');

if (config.drain) {
  outbox.events.on('sync.idle', ({ pending }) => {
    if (pending > 0) return;
    const dead = outbox.repository.counts().dead;
    void outbox.close().then(() => {
      process.stdout.write(`drained ${JSON.stringify({ dead })}\n`);
      process.exit(0);
    });
  });
}
outbox.scheduler.start();

for (const logical of config.logicals) {
  await new Promise((resolve) => setTimeout(resolve, config.enqueueEveryMs));
  const item = contentItem(config.seed, logical);
  if (config.corrupt.includes(logical)) item.attachments?.[0]?.data.fill(0x5a, 0, 8);
  const id = outbox.repository.enqueue(item);
  process.stdout.write(`committed ${logical} ${id}\n`);
  outbox.scheduler.kick();
}
