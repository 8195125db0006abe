/**
 * Face pipeline throughput in real Chromium with a 30 fps fake camera: frames processed per
 * second and per-frame time of the whole capture pipeline against the bare detector, same run.
 * Makes its own fixtures: the detector assets (scripts/prepareFaceModel.ts) and, with ffmpeg, the
 * fake-camera clips (test/fixtures/face/makeClips.sh, kept between runs). Without ffmpeg it says
 * so and stops without failing: the clips cannot be made.
 * Usage: npx tsx test/bench/face.bench.ts [clip.mjpeg]   (default: the head-turn clip)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openHarness, repoRoot } from '../fixtures/face/harnessServer';

const RUN_MS = Number(process.env.FACE_BENCH_MS ?? 6000);
const clipDir = join(repoRoot, 'test-results/face-clips');
const clip = process.argv[2] ?? join(clipDir, 'head-turn.mjpeg');

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

run(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/prepareFaceModel.ts')]);
if (!existsSync(clip)) {
  if (spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status !== 0) {
    console.log('face bench skipped: ffmpeg is not installed, so the fake-camera clips cannot be made (apt-get install ffmpeg)');
    process.exit(0);
  }
  console.log('making the fake-camera clips with ffmpeg (about a minute, once)');
  run('sh', [join(repoRoot, 'test/fixtures/face/makeClips.sh'), clipDir]);
}

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
  const [bare, pipeline] = runs;
  if (!bare || !pipeline || !bare.fps || !pipeline.fps || !bare.totalMedianMs) {
    throw new Error('a camera run produced no frames');
  }
  console.log(`pipeline fps ${pipeline.fps.toFixed(1)}  baseline bare detector ${bare.fps.toFixed(1)}  ratio ${(pipeline.fps / bare.fps).toFixed(2)}×`);
  console.log(
    `pipeline per-frame median ${pipeline.totalMedianMs.toFixed(2)} ms  baseline bare detector ${bare.totalMedianMs.toFixed(2)} ms  ratio ${(pipeline.totalMedianMs / bare.totalMedianMs).toFixed(2)}×`,
  );
} finally {
  await harness.close();
}
