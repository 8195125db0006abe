import { describe, expect, it } from 'vitest';
import { measureFaceGeometry } from '../../../../../renderer/capture/face/faceGeometry';
import { DEFAULT_LIVENESS, drawChallenges, LivenessJudge } from '../../../../../renderer/capture/face/livenessChallenges';
import type { ChallengeKind, LivenessStatus, PoseSample } from '../../../../../renderer/capture/face/livenessChallenges';
import type { FrameDetection } from '../../../../../renderer/capture/face/types';
import { affine, FRAME, headFrame, photoFrame } from './syntheticFace';
import type { Affine, Pose } from './syntheticFace';

const FRAME_MS = 1000 / 30;

function sample(f: FrameDetection): PoseSample | null {
  const face = f.faces[0];
  if (f.faces.length !== 1 || !face) return null;
  const g = measureFaceGeometry(face.keypoints, face.box, FRAME.width, FRAME.height);
  return {
    tMs: f.timestampMs,
    yaw: g.yaw,
    pitch: g.pitch,
    centreX: face.box.x + face.box.width / 2,
    centreY: face.box.y + face.box.height / 2,
    eyeDistancePx: g.eyeDistancePx,
  };
}

/** Always-zero random: the plan is the pool's fixed shuffle, so tests know the order. */
const fixedRandom = () => 0;

/**
 * A cooperative citizen: follows the shown challenge at a human speed (90°/s), turning to 35°
 * or nodding 25° down and back.
 */
function cooperativeHead() {
  const pose = { yawDeg: 0, pitchDeg: 0 };
  let nodPhase: 'down' | 'up' = 'down';
  const approach = (from: number, to: number) => from + Math.sign(to - from) * Math.min(Math.abs(to - from), 90 / 30);
  return (status: LivenessStatus | null): Pose => {
    const c = status?.step === 'move' ? status.challenge : null;
    if (c === 'turnLeft') pose.yawDeg = approach(pose.yawDeg, 35);
    else if (c === 'turnRight') pose.yawDeg = approach(pose.yawDeg, -35);
    else if (c === 'nod') {
      if (nodPhase === 'down' && pose.pitchDeg >= 25) nodPhase = 'up';
      pose.pitchDeg = approach(pose.pitchDeg, nodPhase === 'down' ? 25 : 0);
    } else {
      nodPhase = 'down';
      pose.yawDeg = approach(pose.yawDeg, 0);
      pose.pitchDeg = approach(pose.pitchDeg, 0);
    }
    return { ...pose };
  };
}

function run(judge: LivenessJudge, frameAt: (tMs: number, last: LivenessStatus | null) => FrameDetection, maxMs: number) {
  let status: LivenessStatus | null = null;
  const events: string[] = [];
  let t = 0;
  for (; t < maxMs; t += FRAME_MS) {
    status = judge.update(t, sample(frameAt(t, status)));
    if (status.event) events.push(`${status.event}@${status.challenge ?? '-'}`);
    if (status.state !== 'running') break;
  }
  return { status: status as LivenessStatus, events, tMs: t };
}

describe('drawChallenges', () => {
  it('draws distinct challenges in a random order', () => {
    const seen = new Set<string>();
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 50; i++) {
      const plan = drawChallenges(2, random);
      expect(new Set(plan).size).toBe(2);
      seen.add(plan.join(','));
    }
    expect(seen.size).toBe(6);
    expect(drawChallenges(5, fixedRandom)).toHaveLength(3);
  });
});

describe('LivenessJudge', () => {
  it('passes a real head that turns and nods as asked, recording each challenge', () => {
    for (const random of [fixedRandom, () => 0.99, () => 0.5]) {
      const judge = new LivenessJudge({ ...DEFAULT_LIVENESS, count: 3 }, random);
      const head = cooperativeHead();
      const { status } = run(judge, (t, s) => headFrame(t, head(s)), 30_000);
      expect(status.state).toBe('passed');
      expect(judge.history.map((r) => r.passed)).toEqual([true, true, true]);
      expect(new Set(judge.history.map((r) => r.kind))).toEqual(new Set<ChallengeKind>(['turnLeft', 'turnRight', 'nod']));
      for (const r of judge.history) expect(r.durationMs).toBeLessThan(2500);
    }
  });

  it('does not pass a turn in the wrong direction', () => {
    const judge = new LivenessJudge({ ...DEFAULT_LIVENESS, count: 1, maxAttempts: 1 }, fixedRandom);
    const first = judge.update(0, sample(headFrame(0, {})));
    const wrong: Pose = { yawDeg: first.challenge === 'turnLeft' ? -35 : 35 };
    let yaw = 0;
    const { status } = run(
      judge,
      (t, s) => {
        if (s?.step === 'move') yaw = Math.max(-35, Math.min(35, yaw + Math.sign(wrong.yawDeg ?? 0) * 3));
        return headFrame(t, { yawDeg: first.challenge === 'nod' ? 0 : yaw });
      },
      20_000,
    );
    expect(status.state).toBe('failed');
  });

  const photoMoves: [string, (t: number) => Affine][] = [
    ['moved', (t) => affine(1.5, 0, 320 + 120 * Math.sin(t / 300), 220 + 40 * Math.cos(t / 400))],
    ['zoomed', (t) => affine(1.5 + 0.8 * Math.sin(t / 250), 0, 320, 220)],
    ['rolled', (t) => affine(1.5, 25 * Math.sin(t / 200), 320, 220)],
    ['tilted left-right', (t) => affine(1.5, 0, 320, 220, 0.5 + 0.5 * Math.abs(Math.cos(t / 300)), 1)],
    ['tilted up-down', (t) => affine(1.5, 0, 320, 220, 1, 0.5 + 0.5 * Math.abs(Math.cos(t / 300)))],
    ['bent and waved', (t) => affine(1.4 + 0.3 * Math.sin(t / 180), 15 * Math.sin(t / 220), 300 + 80 * Math.sin(t / 150), 240, 0.7, 0.8)],
  ];
  for (const [name, move] of photoMoves) {
    it(`fails a flat photo ${name} in front of the camera, after the bounded retries`, () => {
      const judge = new LivenessJudge(DEFAULT_LIVENESS, Math.random);
      const { status, events, tMs } = run(judge, (t) => photoFrame(t, move(t)), 60_000);
      expect(status.state).toBe('failed');
      expect(judge.attempts).toBe(DEFAULT_LIVENESS.maxAttempts);
      expect(judge.history.every((r) => !r.passed)).toBe(true);
      expect(events.filter((e) => e.startsWith('timeout'))).toHaveLength(DEFAULT_LIVENESS.maxAttempts);
      // Each attempt ends at its time limit: the whole thing is bounded.
      expect(tMs).toBeLessThanOrEqual(DEFAULT_LIVENESS.maxAttempts * (DEFAULT_LIVENESS.timeLimitMs + 2 * FRAME_MS));
      for (const r of judge.history) expect(r.peak).toBeLessThan(r.kind === 'nod' ? DEFAULT_LIVENESS.nodPitch : DEFAULT_LIVENESS.turnYaw);
    });
  }

  it('times out an idle citizen, re-draws the sequence and passes on the retry', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const judge = new LivenessJudge(DEFAULT_LIVENESS, random);
    const head = cooperativeHead();
    const { status, events } = run(judge, (t, s) => headFrame(t, t < DEFAULT_LIVENESS.timeLimitMs + 100 ? {} : head(s)), 40_000);
    expect(events[0]?.startsWith('timeout')).toBe(true);
    expect(status.state).toBe('passed');
    expect(judge.attempts).toBe(2);
    expect(judge.history[0]).toMatchObject({ attempt: 1, passed: false });
    expect(judge.history.slice(1).every((r) => r.attempt === 2 && r.passed)).toBe(true);
  });

  it('treats swapping a frontal photo for a turned one as a jump, not a turn', () => {
    const judge = new LivenessJudge({ ...DEFAULT_LIVENESS, count: 1, maxAttempts: 1 }, fixedRandom);
    const kind = judge.update(0, sample(headFrame(0, {}))).challenge;
    const turned: Pose = kind === 'turnLeft' ? { yawDeg: 40 } : kind === 'turnRight' ? { yawDeg: -40 } : { pitchDeg: 30 };
    // The "turned" picture is shown for 10 frames every second, frontal otherwise.
    const { status, events } = run(judge, (t) => headFrame(t, Math.floor(t / FRAME_MS) % 30 < 10 ? turned : {}), 20_000);
    expect(status.state).toBe('failed');
    expect(events.filter((e) => e.startsWith('jump')).length).toBeGreaterThan(3);
  });

  it('tolerates a brief loss of the face but restarts the challenge after a long one', () => {
    const judge = new LivenessJudge({ ...DEFAULT_LIVENESS, count: 1 }, fixedRandom);
    const head = cooperativeHead();
    const gaps = (t: number) => (t > 200 && t < 300) || (t > 400 && t < 1400);
    const { status, events } = run(judge, (t, s) => (gaps(t) ? { ...headFrame(t, {}), faces: [] } : headFrame(t, head(s))), 20_000);
    expect(events.filter((e) => e.startsWith('lostFace'))).toHaveLength(1);
    expect(status.state).toBe('passed');
  });
});

describe('blink and open-mouth challenges (face-mesh ratios)', () => {
  const level = (tMs: number, eyeOpen: number, mouthOpen: number): PoseSample => ({
    tMs,
    yaw: 0,
    pitch: 0.5,
    centreX: 320,
    centreY: 240,
    eyeDistancePx: 100,
    eyeOpen,
    mouthOpen,
  });
  const judgeOf = (sequence: ChallengeKind[]) => new LivenessJudge({ ...DEFAULT_LIVENESS, count: sequence.length, sequence, maxAttempts: 1 }, fixedRandom);

  /** Feeds `eyes`/`mouth` per frame (repeating the last value) until the judge stops or time runs out. */
  function feed(judge: LivenessJudge, script: (i: number) => [number, number], frames: number): LivenessStatus {
    let status = judge.update(0, level(0, 0.3, 0.02));
    for (let i = 1; i < frames && status.state === 'running'; i++) {
      const [eyes, mouth] = script(i);
      status = judge.update(i * FRAME_MS, level(i * FRAME_MS, eyes, mouth));
    }
    return status;
  }

  it('passes a blink (eyes shut for one frame, then open) and a mouth opened and closed', () => {
    const judge = judgeOf(['blink', 'openMouth']);
    // Level for 10 frames, a blink at 12–13, level again, mouth open 30–35, closed after.
    const status = feed(judge, (i) => [i >= 12 && i <= 13 ? 0.05 : 0.3, i >= 30 && i <= 35 ? 0.5 : 0.02], 120);
    expect(status.state).toBe('passed');
    expect(judge.history.map((r) => [r.kind, r.passed])).toEqual([
      ['blink', true],
      ['openMouth', true],
    ]);
    expect(judge.history[0]?.peak).toBeCloseTo(0.25, 2);
    expect(judge.history[1]?.peak).toBeCloseTo(0.5, 2);
  });

  it('does not pass a blink on eyes that stay open, or on ratios wobbling inside the hysteresis band', () => {
    const still = feed(judgeOf(['blink']), () => [0.3, 0.02], 400);
    expect(still.state).toBe('failed');
    const wobble = feed(judgeOf(['blink']), (i) => [i % 2 ? 0.16 : 0.21, 0.02], 400);
    expect(wobble.state).toBe('failed');
  });

  it('does not pass open-mouth on a mouth opened for fewer than the hold frames, nor one never closed again', () => {
    const flick = feed(judgeOf(['openMouth']), (i) => [0.3, i === 20 || i === 21 ? 0.5 : 0.02], 400);
    expect(flick.state).toBe('failed');
    const gaping = feed(judgeOf(['openMouth']), (i) => [0.3, i >= 20 ? 0.5 : 0.02], 400);
    expect(gaping.state).toBe('failed');
  });

  it('takes the open-eye baseline from the level frames that have an eye ratio, unmoved by a blink among them', () => {
    const judge = judgeOf(['blink']);
    const noMesh = (t: number): PoseSample => ({ ...level(t, 0, 0), eyeOpen: null, mouthOpen: null });
    // The mesh sees every other frame; the citizen blinks once while the head is still being levelled.
    const eyes = (i: number) => (i === 3 || i === 11 ? 0.08 : 0.3);
    let status = judge.update(0, noMesh(0));
    for (let i = 1; i < 16 && status.state === 'running'; i++) {
      const t = i * FRAME_MS;
      status = judge.update(t, i % 2 === 0 ? noMesh(t) : level(t, eyes(i), 0.02));
    }
    expect(status.state).toBe('passed');
    // Counting the frames without a ratio as shut, or averaging in the levelling blink, would lower the recorded drop.
    expect(judge.history[0]?.peak).toBeCloseTo(0.22, 2);
  });

  it('records the drop to the reopened eye when the level frames fell inside the blink', () => {
    const judge = judgeOf(['blink']);
    // Shut from the first frame: the level value is a shut eye's, the reopening shows the drop.
    const status = feed(judge, (i) => [i < 9 ? 0.1 : 0.31, 0.02], 60);
    expect(status.state).toBe('passed');
    expect(judge.history[0]?.peak).toBeCloseTo(0.21, 2);
  });

  it('waits while the mesh gives nothing instead of passing or resetting', () => {
    const judge = judgeOf(['blink']);
    let status = judge.update(0, level(0, 0.3, 0.02));
    for (let i = 1; i < 12; i++) status = judge.update(i * FRAME_MS, level(i * FRAME_MS, 0.3, 0.02));
    status = judge.update(12 * FRAME_MS, { ...level(12 * FRAME_MS, 0, 0), eyeOpen: null, mouthOpen: null });
    expect(status.state).toBe('running');
    status = judge.update(13 * FRAME_MS, level(13 * FRAME_MS, 0.04, 0.02));
    status = judge.update(14 * FRAME_MS, level(14 * FRAME_MS, 0.3, 0.02));
    expect(status.state).toBe('passed');
  });
});
