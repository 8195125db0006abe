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
