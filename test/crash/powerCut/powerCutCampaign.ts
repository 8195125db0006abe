import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KeyFileProvider } from '../../../main/services/crypto/keyFileProvider';
import { silentLogger } from '../../../main/services/log/logger';
import type { OutboxSender } from '../../../main/services/sync/outboxSender';
import { createOutboxServices } from '../../../main/services/sync/outboxServices';
import { seededRandom } from '../seededRandom';
import { diskAfterCut, parseCutLog, snapshot, writeImage } from './cutLog';
import type { PowerCutWorkerConfig } from './powerCutWorker';

export interface PowerCutOptions {
  dir: string;
  synchronous: PowerCutWorkerConfig['synchronous'];
  rounds: number;
  seed: number;
  /** How long a worker enqueues, after it reported ready, before the cut. */
  killAfterMs: [number, number];
}

export interface PowerCutReport {
  seed: number;
  synchronous: string;
  rounds: number;
  /** Items the kiosk confirmed as saved, over all rounds. */
  committed: number;
  /** Of those, still in the queue after the last cut. */
  kept: number;
  lost: string[];
  /** How each start found the store after the cut before it (`clean`, `unclean`, `recreated`). */
  recoveries: Record<string, number>;
  /** fsync/fdatasync calls the shim saw on the store's files. */
  syncs: number;
  integrity: string;
  durationMs: number;
}

const here = fileURLToPath(new URL('.', import.meta.url));

/** Compiles the shim with the system's C compiler (gcc, as native modules need anyway). */
export function buildCutShim(outDir: string): string {
  const shim = join(outDir, 'cutShim.so');
  execFileSync('gcc', ['-shared', '-fPIC', '-O2', '-o', shim, join(here, 'cutShim.c'), '-ldl'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return shim;
}

const noSender = (): Promise<never> => Promise.reject(new Error('not sending'));
const sender: OutboxSender = { createUpload: noSender, uploadOffset: noSender, uploadChunk: noSender, sendRecord: noSender };

async function openOutbox(dataDir: string) {
  return createOutboxServices({ dataDir, keyProvider: new KeyFileProvider(join(dataDir, 'data.key'), silentLogger), sender, logger: silentLogger });
}

/** Runs one worker under the shim until the cut; returns what it confirmed and how it found the store. */
async function runRound(shim: string, config: PowerCutWorkerConfig, log: string, killAfterMs: number): Promise<{ committed: string[]; recovery: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'powerCutWorker.ts'), JSON.stringify(config)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LD_PRELOAD: shim, CUT_DIR: config.dataDir, CUT_LOG: log },
  });
  const lines: string[] = [];
  let buffered = '';
  let stderr = '';
  let ready: () => void = () => undefined;
  const readyLine = new Promise<void>((resolve) => (ready = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      if (line.startsWith('ready')) ready();
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve, reject) =>
    child.on('exit', (code, signal) => {
      ready();
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`power-cut worker exited with ${code ?? signal}: ${stderr.slice(-2000)}`));
    }),
  );
  await readyLine;
  await new Promise((resolve) => setTimeout(resolve, killAfterMs));
  child.kill('SIGKILL');
  await exited;
  return {
    committed: lines.filter((l) => l.startsWith('committed ')).map((l) => l.slice('committed '.length)),
    recovery: lines.find((l) => l.startsWith('ready '))?.slice('ready '.length) ?? '?',
  };
}

/**
 * Power cuts, not just process kills: each round a worker enqueues under the shim and is killed;
 * the kiosk's directory is then replaced by what the disk would hold had the power gone at that
 * moment (only fsynced writes), and the next worker starts on it. At the end every item the kiosk
 * ever confirmed must still be queued.
 */
export async function runPowerCutCampaign(options: PowerCutOptions): Promise<PowerCutReport> {
  const started = Date.now();
  const random = seededRandom(options.seed);
  const dataDir = join(options.dir, 'kiosk');
  mkdirSync(dataDir, { recursive: true });
  const shim = buildCutShim(options.dir);
  // The store and its key exist before the first cut, as on an installed kiosk.
  await (await openOutbox(dataDir)).close();

  const committed: string[] = [];
  const recoveries: Record<string, number> = {};
  let syncs = 0;
  for (let round = 0; round < options.rounds; round++) {
    const log = join(options.dir, `cut-${round}.log`);
    const before = snapshot(dataDir);
    const [lo, hi] = options.killAfterMs;
    const config: PowerCutWorkerConfig = { dataDir, synchronous: options.synchronous, seed: (options.seed + round) >>> 0 };
    const result = await runRound(shim, config, log, lo + random() * (hi - lo));
    committed.push(...result.committed);
    recoveries[result.recovery] = (recoveries[result.recovery] ?? 0) + 1;
    const events = parseCutLog(readFileSync(log));
    syncs += events.filter((e) => e.type === 'S').length;
    writeImage(dataDir, diskAfterCut(before, events));
    rmSync(log);
  }

  const outbox = await openOutbox(dataDir);
  try {
    const present = new Set(outbox.store.db.prepare('SELECT id FROM outbox_item').pluck().all() as string[]);
    recoveries[`final:${outbox.store.recovery.kind}`] = 1;
    return {
      seed: options.seed,
      synchronous: options.synchronous,
      rounds: options.rounds,
      committed: committed.length,
      kept: committed.filter((id) => present.has(id)).length,
      lost: committed.filter((id) => !present.has(id)),
      recoveries,
      syncs,
      integrity: (outbox.store.db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join('; '),
      durationMs: Date.now() - started,
    };
  } finally {
    await outbox.close();
  }
}
