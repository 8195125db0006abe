import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';
import { ChaosServer, type Chaos } from '../../support/outbox/chaosServer';
import { seededRandom } from '../seededRandom';
import { contentItem } from './contentItems';
import type { ContentWorkerConfig } from './contentWorker';

export interface ContentCampaignOptions {
  dir: string;
  seed: number;
  kills: number;
  chaos: Chaos;
  restartEvery: number;
  killAfterMs: [number, number];
  itemsPerWorker: number;
  drainTimeoutMs: number;
  /** Control run: every this-many-th logical is stored with other bytes than the campaign's. */
  corruptEvery?: number;
}

export interface ContentCampaignReport {
  seed: number;
  kills: number;
  committed: number;
  applied: number;
  duplicates: string[];
  missing: string[];
  /** Applied records and uploads whose content differs from what the kiosk was given to enqueue. */
  contentMismatches: string[];
  /** Items the server had applied while the killed kiosk still held them as unacknowledged. */
  appliedUnacknowledged: number;
  /** Of those, the ones not reconciled after restarts: still queued, or applied other than once. */
  unreconciled: string[];
  deadAfterDrain: number;
  serverIntegrity: string;
  durationMs: number;
}

const workerPath = fileURLToPath(new URL('./contentWorker.ts', import.meta.url));

function startWorker(config: ContentWorkerConfig): { child: ChildProcess; ready: Promise<void>; exited: Promise<void>; lines: string[] } {
  const child = spawn(process.execPath, ['--import', 'tsx', workerPath, JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let buffered = '';
  let stderr = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      if (line === 'ready') onReady();
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve, reject) =>
    child.on('exit', (code, signal) => {
      onReady();
      if (signal === 'SIGKILL' || code === 0) resolve();
      else reject(new Error(`content worker exited with ${code ?? signal}: ${stderr.slice(-2000)}`));
    }),
  );
  return { child, ready, exited, lines };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Item ids the kiosk still holds as pending (ids are stored in clear; payloads are not needed). */
function kioskPending(kioskDb: string): string[] {
  if (!existsSync(kioskDb)) return [];
  const db = new Database(kioskDb, { readonly: true });
  try {
    return db.prepare(`SELECT id FROM outbox_item WHERE state = 'pending'`).pluck().all() as string[];
  } finally {
    db.close();
  }
}

/** Idempotency keys (item ids) of the records the server applied. */
function serverApplied(serverDb: string): Set<string> {
  const db = new Database(serverDb, { readonly: true });
  try {
    return new Set(db.prepare('SELECT idempotency_key FROM record').pluck().all() as string[]);
  } finally {
    db.close();
  }
}

/** Polls both databases until an applied item is still pending on the kiosk, or `timeoutMs` passes. */
async function untilAppliedUnacknowledged(serverDb: string, kioskDb: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const applied = serverApplied(serverDb);
    if (kioskPending(kioskDb).some((id) => applied.has(id))) return;
    await sleep(10);
  }
}

/** Compares every applied record and its uploads with what the campaign's seed says was enqueued. */
function compareContent(serverDb: Database.Database, seed: number): string[] {
  const mismatches: string[] = [];
  const records = serverDb.prepare('SELECT idempotency_key AS key, kind, body FROM record').all() as Array<{ key: string; kind: string; body: string }>;
  const uploadData = serverDb.prepare('SELECT data FROM upload WHERE id = ?').pluck();
  for (const record of records) {
    const body = JSON.parse(record.body) as { kind: string; payload: { logical?: string }; uploads: Array<{ name: string; url: string }> };
    const logical = String(body.payload.logical);
    const expected = contentItem(seed, logical);
    if (body.kind !== expected.kind || !isDeepStrictEqual(body.payload, expected.payload)) mismatches.push(`${logical}: record payload`);
    const names = body.uploads.map((u) => u.name).sort();
    const expectedNames = (expected.attachments ?? []).map((a) => a.name).sort();
    if (!isDeepStrictEqual(names, expectedNames)) mismatches.push(`${logical}: uploads ${names.join(',')} instead of ${expectedNames.join(',')}`);
    for (const attachment of expected.attachments ?? []) {
      const upload = body.uploads.find((u) => u.name === attachment.name);
      const data = upload ? (uploadData.get(upload.url.split('/').pop()) as Buffer | undefined) : undefined;
      if (!data || !Buffer.from(attachment.data).equals(data)) mismatches.push(`${logical}: upload ${attachment.name}`);
    }
  }
  return mismatches;
}

/**
 * Kiosk workers against a seeded chaos server, each SIGKILLed at a seeded moment (every other one as
 * soon as the server holds an item the kiosk has not acknowledged); after every kill
 * the items the server applied but the kiosk had not yet acknowledged are noted. A last worker
 * drains the queue; then every applied record and upload is compared with what the kiosk was
 * given (rebuilt from the seed), and every noted item must have been reconciled: gone from the
 * queue and applied exactly once.
 */
export async function runContentCampaign(options: ContentCampaignOptions): Promise<ContentCampaignReport> {
  const started = Date.now();
  const random = seededRandom(options.seed);
  const kioskDir = join(options.dir, 'kiosk');
  mkdirSync(kioskDir, { recursive: true });
  const serverDbPath = join(options.dir, 'server.db');
  const server = new ChaosServer(serverDbPath, options.chaos, seededRandom(options.seed ^ 0x9e3779b9));
  await server.start();
  const committed = new Map<string, string>();
  const appliedUnacknowledged = new Set<string>();
  const base = { dataDir: kioskDir, baseUrl: server.baseUrl, seed: options.seed };
  let n = 0;
  try {
    for (let i = 0; i < options.kills; i++) {
      const logicals = Array.from({ length: options.itemsPerWorker }, (_, j) => `L${i}-${j}`);
      const corrupt = options.corruptEvery ? logicals.filter(() => n++ % (options.corruptEvery ?? 1) === 0) : [];
      const worker = startWorker({ ...base, logicals, enqueueEveryMs: 10, drain: false, corrupt });
      await worker.ready;
      const [lo, hi] = options.killAfterMs;
      // Every other worker dies the moment the server holds an item the kiosk has not acknowledged yet.
      if (i % 2 === 1) await untilAppliedUnacknowledged(serverDbPath, join(kioskDir, 'kiosk.db'), 10 * hi);
      else await sleep(lo + random() * (hi - lo));
      worker.child.kill('SIGKILL');
      await worker.exited;
      for (const line of worker.lines) {
        const [word, logical, id] = line.split(' ');
        if (word === 'committed' && logical && id) committed.set(id, logical);
      }
      const applied = serverApplied(serverDbPath);
      for (const id of kioskPending(join(kioskDir, 'kiosk.db'))) if (applied.has(id)) appliedUnacknowledged.add(id);
      if ((i + 1) % options.restartEvery === 0) await server.restart();
    }
    const drainer = startWorker({ ...base, logicals: [], enqueueEveryMs: 0, drain: true, corrupt: [] });
    const timer = setTimeout(() => drainer.child.kill('SIGKILL'), options.drainTimeoutMs);
    await drainer.exited.finally(() => clearTimeout(timer));
    const drained = drainer.lines.find((l) => l.startsWith('drained '));
    if (!drained) throw new Error('final drain did not finish in time');
    const { dead } = JSON.parse(drained.slice('drained '.length)) as { dead: number };

    const report = server.report();
    const serverDb = new Database(serverDbPath, { readonly: true });
    try {
      const effects = serverDb.prepare('SELECT COUNT(*) FROM effect WHERE idempotency_key = ?').pluck();
      const stillQueued = new Set(kioskPending(join(kioskDir, 'kiosk.db')));
      return {
        seed: options.seed,
        kills: options.kills,
        committed: committed.size,
        applied: report.appliedByLogical.size,
        duplicates: [...report.appliedByLogical].filter(([, count]) => count > 1).map(([logical]) => logical),
        missing: [...committed.values()].filter((logical) => !report.appliedByLogical.has(logical)),
        contentMismatches: compareContent(serverDb, options.seed),
        appliedUnacknowledged: appliedUnacknowledged.size,
        unreconciled: [...appliedUnacknowledged].filter((id) => stillQueued.has(id) || effects.get(id) !== 1).map((id) => committed.get(id) ?? id),
        deadAfterDrain: dead,
        serverIntegrity: report.integrity,
        durationMs: Date.now() - started,
      };
    } finally {
      serverDb.close();
    }
  } finally {
    await server.stop();
  }
}
