/**
 * The long crash campaign, outside the normal test run (minutes, not seconds):
 *   npx tsx test/crash/fullRun.ts [--kills=110] [--rounds=30]     (CRASH_SEED=<n> replays a run)
 * Kills with content checked end to end, then power cuts with synchronous=FULL and the OFF control.
 * Exits 1 when any promise is broken.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runContentCampaign } from './content/contentCampaign';
import { runPowerCutCampaign } from './powerCut/powerCutCampaign';
import { campaignSeed } from './seededRandom';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const kills = arg('kills', 110);
const rounds = arg('rounds', 30);
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
};

const withDir = async <T>(prefix: string, run: (dir: string) => Promise<T>): Promise<T> => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    return await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const content = await withDir('crash-full-', (dir) =>
  runContentCampaign({
    dir,
    seed: campaignSeed('content campaign'),
    kills,
    chaos: { p503: 0.05, p429: 0.05, retryAfterSeconds: 0, pDropAfterCommit: 0.4 },
    restartEvery: 10,
    killAfterMs: [100, 500],
    itemsPerWorker: 4,
    drainTimeoutMs: 180_000,
  }),
);
console.log('content campaign', content);
check(content.duplicates.length === 0 && content.missing.length === 0, 'content campaign: duplicates or missing items');
check(content.contentMismatches.length === 0, 'content campaign: applied content differs from what was enqueued');
check(content.appliedUnacknowledged > 0 && content.unreconciled.length === 0, 'content campaign: applied-but-unacknowledged items not seen or not reconciled');

const full = await withDir('power-cut-full-', (dir) =>
  runPowerCutCampaign({ dir, synchronous: 'FULL', rounds, seed: campaignSeed('power cut FULL'), killAfterMs: [40, 400] }),
);
console.log('power cut FULL', { ...full, lost: full.lost.length });
check(full.lost.length === 0 && full.integrity === 'ok', 'power cut FULL: confirmed items lost or database damaged');

const off = await withDir('power-cut-off-', (dir) =>
  runPowerCutCampaign({ dir, synchronous: 'OFF', rounds: Math.max(2, Math.ceil(rounds / 6)), seed: campaignSeed('power cut OFF'), killAfterMs: [40, 400] }),
);
console.log('power cut OFF (control)', { ...off, lost: off.lost.length });
check(off.lost.length > 0, 'power cut OFF: the control lost nothing, so the cut simulation proves nothing');

console.log(failures.length ? `FAILED:\n  ${failures.join('\n  ')}` : 'all crash promises held');
process.exit(failures.length ? 1 : 0);
