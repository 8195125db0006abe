import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../../crash/seededRandom';
import type { TargetKind } from './campaignItems';
import { startTarget } from './campaignTarget';
import type { Chaos } from './chaosServer';
import type { WorkerConfig } from './crashWorker';

export interface CampaignOptions {
  dir: string;
  target: TargetKind;
  kills: number;
  chaos: Chaos;
  freshKeyPerAttempt: boolean;
  /** The server is restarted every this many kills. */
  restartEvery: number;
  /** Range of how long a worker lives before SIGKILL, after it reported ready. */
  killAfterMs: [number, number];
  itemsPerWorker: number;
  drainTimeoutMs: number;
  /** Seeds the kill moments and the server's chaos (the test prints it; CRASH_SEED replays it). */
  seed: number;
}

export interface CampaignReport {
  kills: number;
  serverRestarts: number;
  committed: number;
  applied: number;
  /** Logical items the server applied more than once. */
  duplicates: string[];
  /** Items the kiosk confirmed as saved that the server never applied. */
  missing: string[];
  orphanUploads: number;
  serverIntegrity: string;
  kioskIntegrity: string;
  deadAfterDrain: number;
  durationMs: number;
}

const workerPath = fileURLToPath(new URL('./crashWorker.ts', import.meta.url));

interface Worker {
  child: ChildProcess;
  ready: Promise<void>;
  exited: Promise<void>;
  lines: string[];
}

function startWorker(config: WorkerConfig): Worker {
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
      if (line.startsWith('ready')) onReady();
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve, reject) =>
    child.on('exit', (code, signal) => {
      onReady();
      if (signal === 'SIGKILL' || code === 0) resolve();
      else reject(new Error(`worker exited with ${code ?? signal}: ${stderr.slice(-2000)}`));
    }),
  );
  return { child, ready, exited, lines };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs kiosk workers against a chaos server and SIGKILLs each at a random moment, restarts the
 * server now and then, lets a last worker drain the queue, and compares what the kiosk confirmed
 * with what the server applied.
 */
export async function runCrashCampaign(options: CampaignOptions): Promise<CampaignReport> {
  const started = Date.now();
  const kioskDir = join(options.dir, 'kiosk');
  mkdirSync(kioskDir, { recursive: true });
  const random = seededRandom(options.seed);
  const server = await startTarget(options.target, options.dir, options.chaos, seededRandom(options.seed ^ 0x9e3779b9));
  const committed = new Set<string>();
  let restarts = 0;
  const base = { dataDir: kioskDir, target: options.target, baseUrl: server.baseUrl, freshKeyPerAttempt: options.freshKeyPerAttempt };
  try {
    for (let i = 0; i < options.kills; i++) {
      const logicals = Array.from({ length: options.itemsPerWorker }, (_, j) => `L${i}-${j}`);
      const worker = startWorker({ ...base, logicals, enqueueEveryMs: 15, drain: false });
      await worker.ready;
      const [lo, hi] = options.killAfterMs;
      await sleep(lo + random() * (hi - lo));
      worker.child.kill('SIGKILL');
      await worker.exited;
      for (const line of worker.lines) if (line.startsWith('committed ')) committed.add(line.slice(10));
      if ((i + 1) % options.restartEvery === 0) {
        await server.restart();
        restarts += 1;
      }
    }
    const drainer = startWorker({ ...base, logicals: [], enqueueEveryMs: 0, drain: true });
    const timer = setTimeout(() => drainer.child.kill('SIGKILL'), options.drainTimeoutMs);
    await drainer.exited.finally(() => clearTimeout(timer));
    const drained = drainer.lines.find((l) => l.startsWith('drained '));
    if (!drained) throw new Error('final drain did not finish in time');
    const { integrity, dead } = JSON.parse(drained.slice(8)) as { integrity: string; dead: number };
    const report = server.report();
    return {
      kills: options.kills,
      serverRestarts: restarts,
      committed: committed.size,
      applied: report.appliedByLogical.size,
      duplicates: [...report.appliedByLogical].filter(([, n]) => n > 1).map(([logical]) => logical),
      missing: [...committed].filter((l) => !report.appliedByLogical.has(l)),
      orphanUploads: report.orphanUploads,
      serverIntegrity: report.integrity,
      kioskIntegrity: integrity,
      deadAfterDrain: dead,
      durationMs: Date.now() - started,
    };
  } finally {
    await server.stop();
  }
}
