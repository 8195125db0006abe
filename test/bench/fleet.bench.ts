/**
 * Hall-wide outage, simulated: N kiosk outboxes (the real scheduler, repository and encrypted
 * SQLite store, one data directory each, in this process) queue items while the gateway is
 * unreachable and keep retrying with their backoff (and circuit breaker); then the gateway comes
 * back, with a fixed capacity beyond which it answers 429 + Retry-After
 * (test/support/outbox/chaosServer.ts). Three runs: the control with the jitter
 * off (every kiosk waits exactly its backoff ceiling or Retry-After), full jitter only floored at
 * Retry-After (kiosks told the same Retry-After return together), and the kiosk's policy: full
 * jitter added after Retry-After. Reports the gateway's peak request rate, 429s, the time until every
 * queue is empty, and lost / duplicated items (server side, by each item's own logical id).
 *
 * `npm run bench -- fleet`; BENCH_KIOSKS (default 60, up to 400), BENCH_ITEMS per kiosk (2),
 * BENCH_CAPACITY gateway requests per second (40), BENCH_OUTAGE_SECONDS (8).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeyFileProvider } from '../../main/services/crypto/keyFileProvider';
import { silentLogger } from '../../main/services/log/logger';
import { createOutboxServices, type OutboxServices } from '../../main/services/sync/outboxServices';
import { ChaosServer } from '../support/outbox/chaosServer';
import { HttpOutboxSender } from '../support/outbox/httpOutboxSender';

const kiosks = Math.min(400, Number(process.env.BENCH_KIOSKS ?? 60));
const itemsPerKiosk = Number(process.env.BENCH_ITEMS ?? 2);
const capacity = Number(process.env.BENCH_CAPACITY ?? 40);
const outageMs = Number(process.env.BENCH_OUTAGE_SECONDS ?? 8) * 1000;
const deadlineMs = 180_000;
// In memory where possible: the figures are about request timing, not about this machine's fsync.
const scratch = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

interface RunResult {
  mode: string;
  drainSeconds: number;
  requests: number;
  refused: number;
  peakPer100ms: number;
  peakPerSecond: number;
  lost: number;
  duplicated: number;
}

/** The most requests that arrived within any window of `ms` (sliding over arrival times). */
function peak(times: number[], ms: number): number {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= ms) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

type Mode = 'no jitter' | 'jitter, floored' | 'jitter after';

async function run(mode: Mode): Promise<RunResult> {
  const dir = mkdtempSync(join(scratch, 'fleet-bench-'));
  const server = new ChaosServer(join(dir, 'gateway.db'));
  server.capacity = { perSecond: capacity, burst: capacity };
  server.requestLog = [];
  const outboxes: OutboxServices[] = [];
  // Listen once for a port, then go down: the outage.
  await server.start();
  await server.stop();
  try {
    for (let k = 0; k < kiosks; k++) {
      const dataDir = join(dir, `kiosk-${k}`);
      outboxes.push(
        await createOutboxServices({
          dataDir,
          keyProvider: new KeyFileProvider(join(dataDir, 'data.key'), silentLogger),
          sender: new HttpOutboxSender(server.baseUrl, 5000),
          logger: silentLogger,
          // Scaled down from the kiosk's 2 s / 10 min so that a run takes seconds, not hours.
          config: {
            backoff: { baseMs: 500, capMs: 16_000, jitterAfterRetryAfter: mode !== 'jitter, floored' },
            breaker: { failureThreshold: 5, openMs: 2_000 },
            retention: { deadMaxAgeMs: 3600_000, deadMaxCount: 100, auditMaxAgeMs: 3600_000, quarantineMaxAgeMs: 3600_000 },
            maxIdleMs: 2_000,
          },
          ...(mode === 'no jitter' ? { random: () => 1 } : {}),
        }),
      );
      for (let i = 0; i < itemsPerKiosk; i++) {
        outboxes[k]!.repository.enqueue({ kind: 'registration', payload: { logical: `k${k}-i${i}`, queuedDuringOutage: true } });
      }
    }
    // The kiosks run through the outage together (the hall's link went down for all of them at once).
    outboxes.forEach((o) => o.scheduler.start());
    await new Promise((resolve) => setTimeout(resolve, outageMs));
    await server.start();
    const started = performance.now();
    while (outboxes.some((o) => o.repository.counts().pending > 0)) {
      if (performance.now() - started > deadlineMs) throw new Error(`${mode}: queues not empty after ${deadlineMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // From the gateway's return until the last queue is empty.
    const drainSeconds = (performance.now() - started) / 1000;
    const log = server.requestLog;
    const times = log.map((r) => r.at).sort((a, b) => a - b);
    const report = server.report();
    const expected = kiosks * itemsPerKiosk;
    const dead = outboxes.reduce((n, o) => n + o.repository.counts().dead, 0);
    return {
      mode,
      drainSeconds,
      requests: log.length,
      refused: log.filter((r) => r.status === 429).length,
      peakPer100ms: peak(times, 100),
      peakPerSecond: peak(times, 1000),
      lost: expected - report.appliedByLogical.size + dead,
      duplicated: [...report.appliedByLogical.values()].filter((n) => n > 1).length,
    };
  } finally {
    await Promise.all(outboxes.map((o) => o.close()));
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  `${kiosks} kiosks × ${itemsPerKiosk} items queued during a ${outageMs / 1000} s outage; the gateway comes back with ${capacity} requests/s (429 + Retry-After beyond it)`,
);
const control = await run('no jitter');
const floored = await run('jitter, floored');
const jitter = await run('jitter after');
const row = (r: RunResult) =>
  `${r.mode.padEnd(16)} drained in ${r.drainSeconds.toFixed(1).padStart(6)} s  requests ${String(r.requests).padStart(6)}  429s ${String(r.refused).padStart(6)}  ` +
  `peak ${String(r.peakPer100ms).padStart(4)}/100 ms  ${String(r.peakPerSecond).padStart(5)}/s  lost ${r.lost}  duplicated ${r.duplicated}`;
const runs = [control, floored, jitter];
runs.forEach((r) => console.log(row(r)));
const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? 'n/a (none in either)' : 'from none') : (a / b).toFixed(2));
for (const r of [floored, jitter]) {
  console.log(
    `${r.mode} vs no jitter: peak/100 ms ×${ratio(r.peakPer100ms, control.peakPer100ms)}, peak/s ×${ratio(r.peakPerSecond, control.peakPerSecond)}, ` +
      `429s ×${ratio(r.refused, control.refused)}, requests ×${ratio(r.requests, control.requests)}, drain time ×${ratio(r.drainSeconds, control.drainSeconds)}`,
  );
}
if (runs.some((r) => r.lost || r.duplicated)) {
  console.error('items were lost or duplicated');
  process.exit(1);
}
