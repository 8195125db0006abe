/**
 * Outbox bench: enqueue latency (encryption + fsync'd WAL commit) next to a raw single-row insert
 * on the same database settings, in the same run. Drain throughput is drain.bench.ts.
 * Run: npx tsx test/bench/outbox.bench.ts (BENCH_SHORT=1: 200 enqueues)
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { KeyFileProvider } from '../../main/services/crypto/keyFileProvider';
import { silentLogger } from '../../main/services/log/logger';
import { createOutboxServices } from '../../main/services/sync/outboxServices';
import { ChaosServer } from '../support/outbox/chaosServer';
import { HttpOutboxSender } from '../support/outbox/httpOutboxSender';
import { tempDir } from '../support/outbox/testOutbox';

const short = process.env.BENCH_SHORT === '1';
const enqueues = Number(process.env.BENCH_ENQUEUES ?? (short ? 200 : 1000));
const attachmentBytes = 64 * 1024;

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const summary = (ns: bigint[]): string => {
  const ms = ns.map((n) => Number(n) / 1e6).sort((a, b) => a - b);
  return `p50 ${percentile(ms, 50).toFixed(3)} ms  p99 ${percentile(ms, 99).toFixed(3)} ms  (n=${ms.length})`;
};
const time = (fn: () => void): bigint => {
  const start = process.hrtime.bigint();
  fn();
  return process.hrtime.bigint() - start;
};

const dir = tempDir('outbox-bench-');
const server = new ChaosServer(join(dir.path, 'server.db'));
await server.start();
const outbox = await createOutboxServices({
  dataDir: join(dir.path, 'kiosk'),
  keyProvider: new KeyFileProvider(join(dir.path, 'kiosk', 'data.key'), silentLogger),
  sender: new HttpOutboxSender(server.baseUrl, 5000),
  logger: silentLogger,
  config: {
    backoff: { baseMs: 50, capMs: 1000 },
    breaker: { failureThreshold: 5, openMs: 500 },
    retention: { deadMaxAgeMs: 3600_000, deadMaxCount: 100, auditMaxAgeMs: 3600_000, quarantineMaxAgeMs: 3600_000 },
    chunkSize: 256 * 1024,
  },
});

try {
  const payload = { legalRepName: '张三', idNumber: '11010519491231002X', phone: '13800000000', enterprise: '某某科技有限公司', remark: 'x'.repeat(150) };
  const db = outbox.store.db;
  db.exec('CREATE TABLE raw_insert (id TEXT PRIMARY KEY, payload BLOB NOT NULL)');
  const raw = db.prepare('INSERT INTO raw_insert (id, payload) VALUES (?, ?)');
  const rawTimes: bigint[] = [];
  const enqueueTimes: bigint[] = [];
  // Interleaved so both see the same disk and cache conditions.
  for (let i = 0; i < enqueues; i++) {
    rawTimes.push(time(() => raw.run(randomUUID(), Buffer.from(JSON.stringify(payload)))));
    enqueueTimes.push(time(() => outbox.repository.enqueue({ kind: 'registration', payload })));
  }
  console.log(`raw single-row insert (WAL, synchronous=FULL): ${summary(rawTimes)}`);
  console.log(`outbox enqueue (AES-256-GCM + insert):          ${summary(enqueueTimes)}`);
  const p50 = (ns: bigint[]): number =>
    percentile(
      ns.map((n) => Number(n)).sort((x, y) => x - y),
      50,
    );
  console.log(`  ratio enqueue / raw insert at p50: ${(p50(enqueueTimes) / p50(rawTimes)).toFixed(2)}×`);

  const withAttachment = Array.from({ length: 50 }, () =>
    time(() =>
      outbox.repository.enqueue({ kind: 'appeal', payload, attachments: [{ name: 'licence', contentType: 'image/jpeg', data: randomBytes(attachmentBytes) }] }),
    ),
  );
  console.log(`outbox enqueue with a 64 KiB attachment:       ${summary(withAttachment)}`);
} finally {
  await outbox.close();
  await server.stop();
  dir.remove();
}
