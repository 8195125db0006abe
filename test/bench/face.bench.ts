/**
 * Face pipeline throughput in real Chromium with a 30 fps fake camera: frames processed per
 * second and per-frame time of the whole capture pipeline against the bare detector, same run.
 * Prerequisites: npx tsx scripts/prepareFaceModel.ts && test/fixtures/face/makeClips.sh
 * Usage: npx tsx test/bench/face.bench.ts [clip.mjpeg]   (default: the head-turn clip)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openHarness, repoRoot } from '../fixtures/face/harnessServer';

const clip = process.argv[2] ?? join(repoRoot, 'test-results/face-clips/head-turn.mjpeg');
if (!existsSync(clip)) throw new Error(`missing ${clip}: run test/fixtures/face/makeClips.sh first`);
const RUN_MS = Number(process.env.FACE_BENCH_MS ?? 6000);

const harness = await openHarness({ fakeCamera: clip });
try {
  const init = await harness.page.evaluate(() => window.faceHarness.init());
  console.log(`detector: ${init.delegate}, created and warmed in ${init.createAndWarmMs.toFixed(0)} ms`);
  const runs = [];
  for (const mode of ['bare', 'pipeline'] as const) {
    runs.push(await harness.page.evaluate(([m, ms]) => window.faceHarness.runCamera(m, ms), [mode, RUN_MS] as const));
  }
  const fmt = (v: number | null, d = 2) => (v === null ? '-' : v.toFixed(d));
  console.log('mode      frames  fps    face  detect-med  total-med  total-p95  yaw-min  yaw-max');
  for (const r of runs) {
    console.log(
      `${r.mode.padEnd(9)} ${String(r.frames).padStart(6)}  ${fmt(r.fps, 1).padStart(5)}  ${String(r.withFace).padStart(4)}  ` +
        `${fmt(r.detectMedianMs).padStart(8)}ms  ${fmt(r.totalMedianMs).padStart(7)}ms  ${fmt(r.totalP95Ms).padStart(7)}ms  ${fmt(r.yawMin).padStart(7)}  ${fmt(r.yawMax).padStart(7)}`,
    );
  }
  console.log(`pipeline instructions seen: ${runs[1]?.instructions.join(', ')}`);
} finally {
  await harness.close();
}
