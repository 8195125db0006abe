/**
 * Face capture against presentation attacks, ISO/IEC 30107-3 style, and its cost, in real Chromium.
 *
 * 1. Every clip of the attack set (test/fixtures/face-attacks/makeAttackClips.sh) and the bona fide
 *    head turns is presented to a fresh capture session (fixed turn-left, turn-right challenges)
 *    from several starting frames. "Before" accepts what the head-turn challenges accept; "after"
 *    also needs main's presentation-attack judgement (its default thresholds) to pass. APCER per
 *    attack type = attacks accepted / attack presentations; BPCER = bona fide refused / bona fide
 *    presentations.
 * 2. The fake camera (30 fps, the head-turn clip): the bare detector, the detector with the capture
 *    session, the same with the presentation-attack analyser (cues in their worker), and everything
 *    on as the face step runs it (detector and face mesh in their workers, the frame loop, every
 *    analyser) through head-turn challenges and through a blink challenge (the mesh asked on every
 *    frame), same run; frame rate and per-frame time against the bare detector.
 *
 * Makes its own fixtures (the detector assets and, with ffmpeg, the clips; kept between runs).
 * Without ffmpeg it says so and stops without failing. BENCH_SHORT=1: one presentation of four
 * clips and short camera runs.
 * Usage: npx tsx test/bench/face.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { defaultPresentationAttackPolicy, judgePresentationAttack } from '../../main/services/flows/core/presentationAttackJudgement';
import { openHarness, repoRoot } from '../fixtures/face/harnessServer';
import type { CameraRunResult, PresentationRun } from '../fixtures/face-attacks/padHarnessApi';

const SHORT = process.env.BENCH_SHORT === '1';
const RUN_MS = Number(process.env.FACE_BENCH_MS ?? 6000);
/** A session not done by then has not accepted the presentation (a flat photo never turns). */
const MAX_FRAMES = 360;
const OFFSETS = SHORT ? [0] : [0, 45, 90];
const faceClips = join(repoRoot, 'test-results/face-clips');
const attackClips = join(repoRoot, 'test-results/face-attacks');

interface Clip {
  name: string;
  /** Path under the repository, as the harness page fetches it. */
  url: string;
  /** null: bona fide. */
  attack: string | null;
}
const clip = (dir: 'face-clips' | 'face-attacks', name: string, attack: string | null): Clip => ({ name, url: `/test-results/${dir}/${name}.mjpeg`, attack });
const allClips: Clip[] = [
  clip('face-clips', 'head-turn', null),
  clip('face-attacks', 'genuine-noise', null),
  clip('face-attacks', 'genuine-dim', null),
  clip('face-attacks', 'genuine-soft', null),
  clip('face-attacks', 'genuine-bright', null),
  clip('face-attacks', 'print-moves', 'printed photo moved'),
  clip('face-attacks', 'print-warp', 'printed photo bent to fake a turn'),
  clip('face-attacks', 'replay', 'phone replay of a head turn'),
];
const clips = SHORT ? allClips.filter((c) => ['head-turn', 'print-moves', 'print-warp', 'replay'].includes(c.name)) : allClips;

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

run(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/prepareFaceModel.ts')]);
if (spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status !== 0) {
  console.log('face bench skipped: ffmpeg is not installed, so the fake-camera clips cannot be made (apt-get install ffmpeg)');
  process.exit(0);
}
console.log('making the clips with ffmpeg (about a minute the first time, nothing when fresh)');
run('sh', [join(repoRoot, 'test/fixtures/face-attacks/makeAttackClips.sh'), attackClips, faceClips]);

const harness = await openHarness({
  fakeCamera: join(faceClips, 'head-turn.mjpeg'),
  page: { path: 'test/fixtures/face-attacks/padHarness.html', ready: 'padHarness' },
});
try {
  const init = await harness.page.evaluate(() => window.padHarness.init());
  console.log(`detector: ${init.delegate}, created and warmed in ${init.createAndWarmMs.toFixed(0)} ms`);

  interface Judged {
    clip: Clip;
    run: PresentationRun;
    before: boolean;
    after: boolean;
  }
  const judged: Judged[] = [];
  for (const c of clips) {
    for (const offset of OFFSETS) {
      const r = await harness.page.evaluate(([url, o, max]) => window.padHarness.presentClip(url, o, max), [c.url, offset, MAX_FRAMES] as const);
      const verdict = judgePresentationAttack(r.evidence, defaultPresentationAttackPolicy);
      judged.push({ clip: c, run: r, before: r.livenessPassed, after: r.livenessPassed && verdict.passed });
    }
  }

  const fmt = (v: number, d = 2) => v.toFixed(d);
  const worst = (r: PresentationRun, cue: 'moire' | 'glare' | 'frameEdges') => {
    const judgedStretches = r.evidence.stretches.filter((s) => s.frames >= defaultPresentationAttackPolicy.minStretchFrames);
    return judgedStretches.length ? Math.max(...judgedStretches.map((s) => s[cue])) : 0;
  };
  console.log(
    '\nper clip (cues: the highest stretch median main judges; thresholds moire %s, glare %s, frame edges %s)',
    ...[defaultPresentationAttackPolicy.maxMoire, defaultPresentationAttackPolicy.maxGlare, defaultPresentationAttackPolicy.maxFrameEdges],
  );
  console.log('clip             kind       n  head-turn ok  accepted after  moire  glare   edges  cue ms');
  for (const c of clips) {
    const rows = judged.filter((j) => j.clip === c);
    const maxOf = (cue: 'moire' | 'glare' | 'frameEdges') => Math.max(...rows.map((j) => worst(j.run, cue)));
    const ms = rows.map((j) => j.run.evidence.frameMs.median).sort((a, b) => a - b)[Math.floor(rows.length / 2)] ?? 0;
    console.log(
      `${c.name.padEnd(16)} ${(c.attack ? 'attack' : 'bona fide').padEnd(9)} ${String(rows.length).padStart(2)}  ` +
        `${String(rows.filter((j) => j.before).length).padStart(12)}  ${String(rows.filter((j) => j.after).length).padStart(14)}  ` +
        `${fmt(maxOf('moire')).padStart(5)}  ${fmt(maxOf('glare'), 3).padStart(5)}  ${fmt(maxOf('frameEdges')).padStart(6)}  ${fmt(ms, 1).padStart(6)}`,
    );
  }

  const rate = (xs: Judged[], accepted: (j: Judged) => boolean) =>
    `${((100 * xs.filter(accepted).length) / xs.length).toFixed(1)} % (${xs.filter(accepted).length}/${xs.length})`;
  console.log('\nISO/IEC 30107-3 style                      before (head turn only)   after (+ presentation-attack cues)');
  for (const attack of [...new Set(clips.map((c) => c.attack).filter((a): a is string => a !== null))]) {
    const xs = judged.filter((j) => j.clip.attack === attack);
    console.log(`APCER ${attack.padEnd(36)} ${rate(xs, (j) => j.before).padEnd(25)} ${rate(xs, (j) => j.after)}`);
  }
  const bonaFide = judged.filter((j) => j.clip.attack === null);
  console.log(`${'BPCER bona fide head turns'.padEnd(42)} ${rate(bonaFide, (j) => !j.before).padEnd(25)} ${rate(bonaFide, (j) => !j.after)}`);

  const runs: CameraRunResult[] = [];
  for (const mode of ['bare', 'pipeline', 'pipeline+pad'] as const) {
    runs.push(await harness.page.evaluate(([m, ms]) => window.padHarness.runCamera(m, ms), [mode, RUN_MS] as const));
  }
  for (const mode of ['app', 'app+blink'] as const) {
    runs.push(await harness.page.evaluate(([m, ms]) => window.padHarness.runApp(m, ms), [mode, RUN_MS] as const));
  }
  console.log('\nfake camera at 30 fps (head turn), every new frame');
  console.log('mode           frames   fps   ms/frame (median)  p95 ms  cue ms (worker)  mesh ms (worker)  frames with mesh');
  for (const r of runs) {
    console.log(
      `${r.mode.padEnd(13)} ${String(r.frames).padStart(7)}  ${fmt(r.fps, 1).padStart(5)}  ${fmt(r.totalMedianMs).padStart(17)}  ${fmt(r.totalP95Ms).padStart(6)}  ${(r.padMedianMs === null ? '-' : fmt(r.padMedianMs)).padStart(15)}  ${(r.meshMedianMs == null ? '-' : fmt(r.meshMedianMs)).padStart(16)}  ${r.meshedFrames === undefined ? '-' : `${((100 * r.meshedFrames) / Math.max(1, r.frames)).toFixed(0)} %`}`,
    );
  }
  // The `app` rows time a frame from its grab to the verdict (workers included); the others, the page's own work.
  const [bare, , , turns, blink] = runs;
  if (!bare || !turns || !blink || !bare.fps || !turns.fps || !blink.fps || !bare.totalMedianMs) throw new Error('a camera run produced no frames');
  for (const [what, r] of [
    ['everything on, head-turn challenges', turns],
    ['everything on, blink challenge (mesh asked)', blink],
  ] as const) {
    console.log(
      `${what}: ${r.fps.toFixed(1)} fps (${r.fps >= 25 ? 'at least' : 'BELOW'} 25)  baseline bare detector ${bare.fps.toFixed(1)} fps  ratio ${(r.fps / bare.fps).toFixed(2)}×; ` +
        `per-frame median, grab to verdict ${r.totalMedianMs.toFixed(2)} ms, ratio ${(r.totalMedianMs / bare.totalMedianMs).toFixed(2)}× the bare detector's`,
    );
  }
} finally {
  await harness.close();
}
