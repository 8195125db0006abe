/**
 * Drain bench: `npm run bench -- drain`. A queue of 100 small records and 50 documents of 1–3 MiB
 * (enterprise appeals with their three document images: small ones, or a licence scan of 1–3 MiB) drains through
 * the kiosk's real outbox (encrypted SQLite store, scheduler, IdentityOutboxSender and identity
 * client) into the reference identity API on loopback. The baseline, in the same run: the same
 * bytes POSTed one item at a time to a loopback server that only reads them. Reports items/s and
 * MiB/s of both, the ratio, and the bytes the kiosk wrote to disk (its database and WAL) per byte
 * drained. BENCH_SHORT=1: 20 records and 5 documents.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { KeyFileProvider } from '../../main/services/crypto/keyFileProvider';
import { createIdentityClient } from '../../main/services/identity';
import { silentLogger } from '../../main/services/log/logger';
import { IdentityOutboxSender } from '../../main/services/sync/identityOutboxSender';
import { createOutboxServices } from '../../main/services/sync/outboxServices';
import type { EnqueueInput } from '../../main/services/store/outboxRepository';
import { identityKiosk, itemFor } from '../support/outbox/campaignItems';
import { startTarget } from '../support/outbox/campaignTarget';
import { tempDir } from '../support/outbox/testOutbox';

const short = process.env.BENCH_SHORT === '1';
const records = short ? 20 : 100;
const documents = short ? 5 : 50;
const MiB = 1024 * 1024;

function document(logical: string): EnqueueInput {
  const item = itemFor('identity', logical);
  const scan = randomBytes(MiB + Math.floor(Math.random() * 2 * MiB));
  // The appeal needs all three documents; the licence scan is the large one.
  return { ...item, attachments: (item.attachments ?? []).map((a) => (a.name === 'business_licence' ? { ...a, data: scan } : a)) };
}

const items: EnqueueInput[] = [
  ...Array.from({ length: records }, (_, i) => itemFor('identity', `r${i}`)),
  ...Array.from({ length: documents }, (_, i) => document(`d${i}`)),
];
const itemBytes = items.map((i) => Buffer.byteLength(JSON.stringify(i.payload)) + (i.attachments ?? []).reduce((n, a) => n + a.data.length, 0));
const totalBytes = itemBytes.reduce((a, b) => a + b, 0);

/** Process-wide bytes written to storage so far (Linux); null where the kernel does not say. */
function bytesWritten(): number | null {
  try {
    return Number(/write_bytes: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? NaN);
  } catch {
    return null;
  }
}

async function rawUpload(): Promise<number> {
  const server = createServer((req, res) => {
    req.on('data', () => undefined);
    req.on('end', () => res.writeHead(204).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const started = performance.now();
  for (const item of items) {
    const body = Buffer.concat([Buffer.from(JSON.stringify(item.payload)), ...(item.attachments ?? []).map((a) => a.data)]);
    await new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: { 'content-length': body.length } }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.end(body);
    });
  }
  const seconds = (performance.now() - started) / 1000;
  server.close();
  return seconds;
}

async function kioskDrain(): Promise<{ seconds: number; written: number | null }> {
  const dir = tempDir('drain-bench-');
  const target = await startTarget('identity', dir.path, { p503: 0, p429: 0, retryAfterSeconds: 1, pDropAfterCommit: 0 });
  const client = createIdentityClient({ baseUrl: target.baseUrl, ...identityKiosk, timeoutMs: 30_000, uploadTimeoutMs: 30_000 });
  const outbox = await createOutboxServices({
    dataDir: join(dir.path, 'kiosk'),
    keyProvider: new KeyFileProvider(join(dir.path, 'kiosk', 'data.key'), silentLogger),
    sender: new IdentityOutboxSender(client),
    logger: silentLogger,
  });
  try {
    for (const item of items) outbox.repository.enqueue(item);
    let dead = 0;
    outbox.events.on('sync.dead', () => (dead += 1));
    const drained = new Promise<void>((resolve) => outbox.events.on('sync.idle', (e) => e.pending === 0 && resolve()));
    const writtenBefore = bytesWritten();
    const started = performance.now();
    outbox.scheduler.start();
    await drained;
    const seconds = (performance.now() - started) / 1000;
    const writtenAfter = bytesWritten();
    if (dead > 0) throw new Error(`${dead} items were rejected: the bench's items no longer fit the API`);
    return { seconds, written: writtenBefore === null || writtenAfter === null ? null : writtenAfter - writtenBefore };
  } finally {
    await outbox.close();
    await target.stop();
    dir.remove();
  }
}

const raw = await rawUpload();
const kiosk = await kioskDrain();
const rate = (seconds: number) => `${(items.length / seconds).toFixed(1)} items/s, ${(totalBytes / MiB / seconds).toFixed(1)} MiB/s`;
console.log(`${records} records + ${documents} documents of 1–3 MiB: ${items.length} items, ${(totalBytes / MiB).toFixed(1)} MiB`);
console.log(`kiosk outbox → reference identity API: ${kiosk.seconds.toFixed(2)} s = ${rate(kiosk.seconds)}`);
console.log(`  baseline raw loopback upload of the same bytes: ${raw.toFixed(2)} s = ${rate(raw)}`);
console.log(`  ratio ${(raw / kiosk.seconds).toFixed(3)}× the raw rate`);
if (kiosk.written !== null) {
  console.log(
    `  written to disk during the drain (kiosk and API, this process): ${(kiosk.written / MiB).toFixed(0)} MiB, ${(kiosk.written / totalBytes).toFixed(1)}× the bytes drained`,
  );
}
