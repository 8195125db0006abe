import { describe, expect, it } from 'vitest';
import { buildCaptureConfig, DEFAULT_CAPTURE_CONFIG, FaceCaptureSession } from '../../../../../renderer/capture/face/faceCaptureSession';
import type { FrameOutcome } from '../../../../../renderer/capture/face/faceCaptureSession';
import { LivenessJudge, planChallenges } from '../../../../../renderer/capture/face/livenessChallenges';
import { headFrame, texturedPixels } from './syntheticFace';
import type { Pose } from './syntheticFace';

const FRAME_MS = 1000 / 30;
const pixels = texturedPixels(320, 240, 128, 60);

describe('buildCaptureConfig', () => {
  it('keeps the measured defaults when nothing is given', () => {
    expect(buildCaptureConfig()).toEqual(DEFAULT_CAPTURE_CONFIG);
    expect(buildCaptureConfig().liveness.sequence).toBeUndefined();
  });

  it('takes count, attempts, time limit and a fixed sequence, and ignores nonsense', () => {
    const c = buildCaptureConfig({ challengeCount: 3, maxAttempts: 1, challengeTimeMs: 3000, challenges: ['turnRight'] });
    expect(c.liveness).toMatchObject({ count: 3, maxAttempts: 1, timeLimitMs: 3000, sequence: ['turnRight'] });
    const bad = buildCaptureConfig({ challengeCount: 0, maxAttempts: Number.NaN, challengeTimeMs: 10, challenges: [] });
    expect(bad.liveness).toMatchObject({ count: 2, maxAttempts: 3, timeLimitMs: 8000 });
    expect(bad.liveness.sequence).toBeUndefined();
    expect(buildCaptureConfig({ challengeCount: 9, maxAttempts: 99 }).liveness).toMatchObject({ count: 3, maxAttempts: 10 });
  });

  it('does not change the shared defaults', () => {
    buildCaptureConfig({ challenges: ['nod'], maxAttempts: 1 });
    expect(DEFAULT_CAPTURE_CONFIG.liveness.sequence).toBeUndefined();
    expect(DEFAULT_CAPTURE_CONFIG.liveness.maxAttempts).toBe(3);
  });
});

describe('fixed challenge sequence', () => {
  it('is used verbatim for every attempt instead of the random draw', () => {
    const random = () => 0.99;
    expect(planChallenges({ count: 2, sequence: ['turnRight', 'turnLeft', 'nod'] }, random)).toEqual(['turnRight', 'turnLeft', 'nod']);
    expect(planChallenges({ count: 1 }, random)).toHaveLength(1);
    const judge = new LivenessJudge({ ...DEFAULT_CAPTURE_CONFIG.liveness, sequence: ['turnLeft', 'turnRight'], timeLimitMs: 1000 });
    expect(judge.update(0, null).challenge).toBe('turnLeft');
    expect(judge.planLength).toBe(2);
    // Timing out starts attempt 2 with the same sequence.
    const after = judge.update(1500, null);
    expect(after).toMatchObject({ attempt: 2, challenge: 'turnLeft', event: 'timeout' });
  });
});

/** A head that follows the instructions it is shown. */
function cooperative() {
  const pose = { yawDeg: 0 };
  return (o: FrameOutcome | null): Pose => {
    const c = o?.phase === 'liveness' ? o.instruction : null;
    const target = c === 'face.turnLeft' ? 35 : c === 'face.turnRight' ? -35 : 0;
    pose.yawDeg += Math.sign(target - pose.yawDeg) * Math.min(Math.abs(target - pose.yawDeg), 3);
    return { ...pose };
  };
}

describe('FaceCaptureSession progress and failure reason', () => {
  it('asks to hold still while positioned, then counts the challenges passed', () => {
    const session = new FaceCaptureSession(buildCaptureConfig({ challenges: ['turnLeft', 'turnRight'] }));
    const head = cooperative();
    let o: FrameOutcome | null = null;
    const progress: string[] = [];
    const positioned: string[] = [];
    for (let t = 0; t < 30_000 && o?.phase !== 'done' && o?.phase !== 'failed'; t += FRAME_MS) {
      o = session.processFrame(headFrame(t, head(o)), pixels);
      if (o.phase === 'positioning') {
        expect(o.progress).toBeNull();
        positioned.push(o.instruction);
      } else if (o.progress) {
        const p = `${o.progress.passed}/${o.progress.total} try ${o.progress.attempt}/${o.progress.maxAttempts}`;
        if (progress.at(-1) !== p) progress.push(p);
      }
    }
    expect(o?.phase).toBe('done');
    expect(positioned).toContain('face.holdStill');
    expect(positioned).not.toContain('face.capturing');
    expect(progress).toEqual(['0/2 try 1/3', '1/2 try 1/3', '2/2 try 1/3']);
    expect(session.failureReason).toBeNull();
    expect(session.evidence('CPU').liveness.challenges.map((c) => c.kind)).toEqual(['turnLeft', 'turnRight']);
  });

  it('reports liveness as the reason when a still face runs out of attempts', () => {
    const session = new FaceCaptureSession(buildCaptureConfig({ maxAttempts: 2, challengeTimeMs: 2000 }));
    let o: FrameOutcome | null = null;
    let attempts = 0;
    for (let t = 0; t < 20_000 && o?.phase !== 'failed'; t += FRAME_MS) {
      o = session.processFrame(headFrame(t, {}), pixels);
      attempts = Math.max(attempts, o.progress?.attempt ?? 0);
    }
    expect(o?.phase).toBe('failed');
    expect(session.failureReason).toBe('liveness');
    expect(attempts).toBe(2);
    expect(o?.progress?.maxAttempts).toBe(2);
  });

  it('reports timeout when no good frame follows the challenges', () => {
    const session = new FaceCaptureSession(buildCaptureConfig({ challenges: ['turnLeft'] }));
    const head = cooperative();
    let o: FrameOutcome | null = null;
    let t = 0;
    for (; t < 20_000 && o?.phase !== 'capturing'; t += FRAME_MS) o = session.processFrame(headFrame(t, head(o)), pixels);
    expect(o?.phase).toBe('capturing');
    // The face stays in view but far too dark for a usable photo.
    const dark = texturedPixels(320, 240, 20, 5);
    for (; t < 40_000 && o?.phase === 'capturing'; t += FRAME_MS) o = session.processFrame(headFrame(t, {}), dark);
    expect(o?.phase).toBe('failed');
    expect(session.failureReason).toBe('timeout');
  });
});
