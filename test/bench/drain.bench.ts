/**
 * Drain bench: `npm run bench -- drain`. A queue of 100 small records and 50 documents of 1–3 MiB
 * (enterprise appeals with their three document images: small ones, or a licence scan of 1–3 MiB) drains through
 * the kiosk's real outbox (encrypted SQLite store, scheduler, IdentityOutboxSender and identity
 * client) into the reference identity API on loopback. Two baselines on the same bytes, in the same
 * run: a raw loopback upload (POSTed one item at a time to a server that only reads them), and the
 * simplest queue with the same delivery guarantees (`drainPrototype.ts`) draining through the same
 * identity client into its own reference API. Each round runs all three; the figures are the
 * medians over the rounds. Reports items/s and MiB/s, the ratios, and the bytes written to disk
 * per byte drained, the queue's own (this process) apart from the API's (its own process).
 * BENCH_SHORT=1: 20 records and 5 documents, one round; BENCH_ROUNDS=n sets the rounds (full: 3).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { KeyFileProvider } from '../../main/services/crypto/keyFileProvider';
import { createIdentityClient, type IdentityClient } from '../../main/services/identity';
import { silentLogger } from '../../main/services/log/logger';
import { IdentityOutboxSender } from '../../main/services/sync/identityOutboxSender';
import { createOutboxServices, defaultOutboxConfig } from '../../main/services/sync/outboxServices';
import type { EnqueueInput } from '../../main/services/store/outboxRepository';
import { identityKiosk, itemFor } from '../support/outbox/campaignItems';
import { tempDir } from '../support/outbox/testOutbox';
import { PrototypeQueue } from './drainPrototype';

const short = process.env.BENCH_SHORT === '1';
const records = short ? 20 : 100;
const documents = short ? 5 : 50;
const rounds = Number(process.env.BENCH_ROUNDS ?? (short ? 1 : 3));
const chunkSize = 256 * 1024;
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

interface Drain {
  seconds: number;
  /** Bytes the queue's process (this one) and the API's process wrote to storage meanwhile (Linux). */
  written: { queue: number; api: number } | null;
}

/** Bytes a process has written to storage so far (Linux); null where the kernel does not say. */
function bytesWritten(pid: number | 'self'): number | null {
  try {
    return Number(/write_bytes: (\d+)/.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1] ?? NaN);
  } catch {
    return null;
  }
}

/** Times `drain` and counts the bytes the queue and the API wrote meanwhile. */
async function measured(apiPid: number, drain: () => Promise<void>): Promise<Drain> {
  const before = [bytesWritten('self'), bytesWritten(apiPid)];
  const started = performance.now();
  await drain();
  const seconds = (performance.now() - started) / 1000;
  const after = [bytesWritten('self'), bytesWritten(apiPid)];
  const [queue, api] = [0, 1].map((i) => (before[i] == null || after[i] == null ? null : after[i]! - before[i]!));
  return { seconds, written: queue == null || api == null ? null : { queue, api } };
}

/**
 * A fresh reference identity API in a process of its own (so its disk writes are told apart from
 * the queue's) and a client for it, for one drain.
 */
async function withTarget<T>(prefix: string, use: (dir: string, client: IdentityClient, apiPid: number) => Promise<T>): Promise<T> {
  const dir = tempDir(prefix);
  mkdirSync(join(dir.path, 'api'));
  const api = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'drainTarget.ts'), join(dir.path, 'api')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  try {
    const [line] = (await once(createInterface({ input: api.stdout }), 'line')) as [string];
    const client = createIdentityClient({ baseUrl: line.trim(), ...identityKiosk, timeoutMs: 30_000, uploadTimeoutMs: 30_000 });
    return await use(dir.path, client, api.pid!);
  } finally {
    const exited = api.exitCode === null ? once(api, 'exit') : Promise.resolve();
    api.stdin.end();
    await exited;
    dir.remove();
  }
}

function kioskDrain(): Promise<Drain> {
  return withTarget('drain-bench-', async (dir, client, apiPid) => {
    const outbox = await createOutboxServices({
      dataDir: join(dir, 'kiosk'),
      keyProvider: new KeyFileProvider(join(dir, 'kiosk', 'data.key'), silentLogger),
      sender: new IdentityOutboxSender(client),
      logger: silentLogger,
      config: { ...defaultOutboxConfig, chunkSize },
    });
    try {
      for (const item of items) outbox.repository.enqueue(item);
      let dead = 0;
      outbox.events.on('sync.dead', () => (dead += 1));
      const drained = new Promise<void>((resolve) => outbox.events.on('sync.idle', (e) => e.pending === 0 && resolve()));
      const result = await measured(apiPid, async () => {
        outbox.scheduler.start();
        await drained;
      });
      if (dead > 0) throw new Error(`${dead} items were rejected: the bench's items no longer fit the API`);
      return result;
    } finally {
      await outbox.close();
    }
  });
}

function prototypeDrain(): Promise<Drain> {
  return withTarget('drain-prototype-', async (dir, client, apiPid) => {
    const queue = new PrototypeQueue(dir);
    try {
      for (const item of items) queue.enqueue(item);
      return await measured(apiPid, () => queue.drain(client, chunkSize));
    } finally {
      queue.close();
    }
  });
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const raws: number[] = [];
const prototypes: Drain[] = [];
const kiosks: Drain[] = [];
for (let round = 0; round < rounds; round += 1) {
  raws.push(await rawUpload());
  prototypes.push(await prototypeDrain());
  kiosks.push(await kioskDrain());
}
const raw = median(raws);
const prototype = median(prototypes.map((d) => d.seconds));
const kiosk = median(kiosks.map((d) => d.seconds));
const rate = (seconds: number) => `${(items.length / seconds).toFixed(1)} items/s, ${(totalBytes / MiB / seconds).toFixed(1)} MiB/s`;
const amplification = (drains: Drain[]): string => {
  const written = drains.map((d) => d.written).filter((w): w is { queue: number; api: number } => w !== null);
  if (written.length === 0) return 'not measured here';
  const [queue, api] = [median(written.map((w) => w.queue)), median(written.map((w) => w.api))];
  return `its own ${(queue / MiB).toFixed(0)} MiB (${(queue / totalBytes).toFixed(2)}× the bytes drained), the API ${(api / MiB).toFixed(0)} MiB (${(api / totalBytes).toFixed(1)}×)`;
};
console.log(
  `${records} records + ${documents} documents of 1–3 MiB: ${items.length} items, ${(totalBytes / MiB).toFixed(1)} MiB; median of ${rounds} round(s)`,
);
console.log(`kiosk outbox → reference identity API: ${kiosk.toFixed(2)} s = ${rate(kiosk)}`);
console.log(`  baseline raw loopback upload of the same bytes: ${raw.toFixed(2)} s = ${rate(raw)}`);
console.log(`  baseline simplest queue with the same guarantees → reference identity API: ${prototype.toFixed(2)} s = ${rate(prototype)}`);
console.log(`  ratio ${(raw / kiosk).toFixed(3)}× the raw rate, ${(prototype / kiosk).toFixed(2)}× the simplest queue's rate`);
console.log(`  written to disk during the drain: kiosk ${amplification(kiosks)}`);
console.log(`    simplest queue ${amplification(prototypes)}`);
if (rounds > 1) {
  const list = (values: number[]) => values.map((seconds) => (items.length / seconds).toFixed(1)).join(', ');
  console.log(`  items/s per round: kiosk ${list(kiosks.map((d) => d.seconds))}; simplest queue ${list(prototypes.map((d) => d.seconds))}; raw ${list(raws)}`);
}
