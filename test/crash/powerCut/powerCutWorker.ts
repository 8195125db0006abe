/**
 * Child process of the power-cut campaign, run under the shim: opens the kiosk's outbox store
 * (the real wiring: openStore's pragmas, the at-rest cipher, the repository) and enqueues items
 * until the harness kills it. `committed <item id>` is printed only after enqueue returned.
 * Usage: node --import tsx powerCutWorker.ts '<PowerCutWorkerConfig JSON>'
 */
import { join } from 'node:path';
import { KeyFileProvider } from '../../../main/services/crypto/keyFileProvider';
import { silentLogger } from '../../../main/services/log/logger';
import type { OutboxSender } from '../../../main/services/sync/outboxSender';
import { createOutboxServices } from '../../../main/services/sync/outboxServices';
import { bytesFrom, seededRandom } from '../seededRandom';

export interface PowerCutWorkerConfig {
  dataDir: string;
  /** FULL is what the kiosk runs; OFF is the control that must lose items. */
  synchronous: 'FULL' | 'OFF';
  seed: number;
}

const config = JSON.parse(process.argv[2] ?? '{}') as PowerCutWorkerConfig;
const random = seededRandom(config.seed);

const neverCalled = (): Promise<never> => Promise.reject(new Error('the power-cut worker sends nothing'));
const sender: OutboxSender = { createUpload: neverCalled, uploadOffset: neverCalled, uploadChunk: neverCalled, sendRecord: neverCalled };

const outbox = await createOutboxServices({
  dataDir: config.dataDir,
  keyProvider: new KeyFileProvider(join(config.dataDir, 'data.key'), silentLogger),
  sender,
  logger: silentLogger,
});
if (config.synchronous === 'OFF') outbox.store.db.pragma('synchronous = OFF');
process.stdout.write(`ready ${outbox.store.recovery.kind}\n`);

for (let n = 0; ; n++) {
  const id = outbox.repository.enqueue({
    kind: 'appeal',
    payload: { logical: `P${config.seed}-${n}`, remark: bytesFrom(random, 16).toString('hex') },
    attachments: [{ name: 'licence', contentType: 'image/jpeg', data: bytesFrom(random, 500 + Math.floor(random() * 3000)) }],
  });
  process.stdout.write(`committed ${id}\n`);
  await new Promise((resolve) => setTimeout(resolve, 1));
}
