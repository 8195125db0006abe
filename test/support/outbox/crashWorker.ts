/**
 * Child process for the crash test: holds the outbox, enqueues items and runs the scheduler until
 * the harness SIGKILLs it. `committed <logical>` is printed only after the enqueue transaction
 * returned, so the harness knows which items the kiosk promised to send.
 * Usage: node --import tsx crashWorker.ts '<WorkerConfig JSON>'
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { silentLogger } from '../../../main/services/log/logger';
import { KeyFileProvider } from '../../../main/services/crypto/keyFileProvider';
import { createOutboxServices } from '../../../main/services/sync/outboxServices';
import type { OutboxSender } from '../../../main/services/sync/outboxSender';
import { identityKiosk, itemFor, type TargetKind } from './campaignItems';
import { HttpOutboxSender } from './httpOutboxSender';

export interface WorkerConfig {
  dataDir: string;
  target: TargetKind;
  baseUrl: string;
  /** Logical ids to enqueue, one every `enqueueEveryMs`. */
  logicals: string[];
  enqueueEveryMs: number;
  /** Exit cleanly once the queue is empty (the final drain) instead of running until killed. */
  drain: boolean;
  /** Control run: a fresh Idempotency-Key per attempt, which the harness must catch. */
  freshKeyPerAttempt: boolean;
}

const config = JSON.parse(process.argv[2] ?? '{}') as WorkerConfig;

function withFreshKeys(sender: OutboxSender): OutboxSender {
  return {
    createUpload: (r) => sender.createUpload({ ...r, idempotencyKey: randomUUID() }),
    uploadOffset: (url) => sender.uploadOffset(url),
    uploadChunk: (url, offset, chunk) => sender.uploadChunk(url, offset, chunk),
    sendRecord: (r) => sender.sendRecord({ ...r, idempotencyKey: randomUUID() }),
  };
}

async function targetSender(): Promise<OutboxSender> {
  if (config.target === 'chaos') return new HttpOutboxSender(config.baseUrl, 1000);
  // Loaded only when needed: every millisecond of start-up is paid once per kill.
  const [{ createIdentityClient }, { IdentityOutboxSender }] = await Promise.all([
    import('../../../main/services/identity'),
    import('../../../main/services/sync/identityOutboxSender'),
  ]);
  return new IdentityOutboxSender(createIdentityClient({ baseUrl: config.baseUrl, ...identityKiosk, timeoutMs: 2000, uploadTimeoutMs: 2000 }));
}

const sender = await targetSender();
const outbox = await createOutboxServices({
  dataDir: config.dataDir,
  keyProvider: new KeyFileProvider(join(config.dataDir, 'data.key'), silentLogger),
  sender: config.freshKeyPerAttempt ? withFreshKeys(sender) : sender,
  logger: silentLogger,
  config: {
    backoff: { baseMs: 10, capMs: 150 },
    breaker: { failureThreshold: 4, openMs: 100 },
    retention: { deadMaxAgeMs: 3600_000, deadMaxCount: 100, auditMaxAgeMs: 3600_000, quarantineMaxAgeMs: 3600_000 },
    chunkSize: 700,
    maxIdleMs: 200,
  },
});
process.stdout.write(`ready ${outbox.store.recovery.kind}\n`);

if (config.drain) {
  outbox.events.on('sync.dead', (e) => process.stdout.write(`dead ${e.code}\n`));
  outbox.events.on('sync.idle', ({ pending }) => {
    if (pending > 0) return;
    const integrity = (outbox.store.db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join('; ');
    const dead = outbox.repository.counts().dead;
    void outbox.close().then(() => {
      process.stdout.write(`drained ${JSON.stringify({ integrity, dead })}\n`);
      process.exit(0);
    });
  });
}
outbox.scheduler.start();

for (const logical of config.logicals) {
  await new Promise((resolve) => setTimeout(resolve, config.enqueueEveryMs));
  outbox.repository.enqueue(itemFor(config.target, logical));
  process.stdout.write(`committed ${logical}\n`);
  outbox.scheduler.kick();
}
