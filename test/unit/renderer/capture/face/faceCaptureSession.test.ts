import { describe, expect, it } from 'vitest';
import { buildCaptureConfig, FaceCaptureSession } from '../../../../../renderer/capture/face/faceCaptureSession';
import type { FrameOutcome } from '../../../../../renderer/capture/face/faceCaptureSession';
import type { AnalysedFrame } from '../../../../../renderer/capture/face/frameAnalyser';
import type { Box } from '../../../../../renderer/capture/face/types';
import { headFrame, texturedPixels } from './syntheticFace';
import type { Pose } from './syntheticFace';

const FRAME_MS = 1000 / 30;
const pixels = texturedPixels(320, 240, 128, 60);

/** Follows the session's instructions like a cooperative citizen (see the liveness tests). */
function citizen() {
  const pose = { yawDeg: 0, pitchDeg: 0 };
  let nodUp = false;
  const approach = (from: number, to: number) => from + Math.sign(to - from) * Math.min(Math.abs(to - from), 3);
  return (o: FrameOutcome | null): Pose => {
    const c = o?.phase === 'liveness' ? o.instruction : null;
    if (c === 'face.turnLeft') pose.yawDeg = approach(pose.yawDeg, 35);
    else if (c === 'face.turnRight') pose.yawDeg = approach(pose.yawDeg, -35);
    else if (c === 'face.nod') {
      if (pose.pitchDeg >= 25) nodUp = true;
      pose.pitchDeg = approach(pose.pitchDeg, nodUp ? 0 : 25);
    } else {
      nodUp = false;
      pose.yawDeg = approach(pose.yawDeg, 0);
      pose.pitchDeg = approach(pose.pitchDeg, 0);
    }
    return { ...pose };
  };
}

describe('FaceCaptureSession', () => {
  it('guides, runs the challenges and keeps the best frontal frame with its evidence', () => {
    const session = new FaceCaptureSession();
    const head = citizen();
    const phases = new Set<string>();
    const kept: Box[] = [];
    let o: FrameOutcome | null = null;
    for (let t = 0; t < 40_000 && o?.phase !== 'done' && o?.phase !== 'failed'; t += FRAME_MS) {
      // The citizen starts too far away and off to the side.
      const pose: Pose = t < 1000 ? { scale: 0.6, cx: 150 } : head(o);
      o = session.processFrame(headFrame(t, pose), pixels);
      phases.add(o.phase);
      if (o.keep) kept.push(o.keep);
      if (t < 1000) expect(o.instruction).toBe('face.tooFar');
    }
    expect(o?.phase).toBe('done');
    expect([...phases]).toEqual(['positioning', 'liveness', 'capturing', 'done']);
    expect(kept.length).toBeGreaterThan(0);
    const crop = kept.at(-1) as Box;
    expect(crop.width / crop.height).toBeCloseTo(3 / 4, 1);

    const e = session.evidence('CPU');
    expect(e.liveness).toMatchObject({ passed: true, attempts: 1 });
    expect(e.liveness.challenges).toHaveLength(2);
    expect(e.quality.score).toBeGreaterThan(0.5);
    expect(Math.abs(e.quality.yaw)).toBeLessThan(0.12);
    expect(e.timings.firstFaceMs).toBe(0);
    expect(e.timings.capturedMs).toBeGreaterThan(e.timings.livenessDoneMs ?? Infinity);
    expect(JSON.stringify(e)).not.toMatch(/keypoints|data:/);
  });

  it('sends the citizen back to the challenges when the face is swapped after them', () => {
    const session = new FaceCaptureSession();
    const head = citizen();
    let o: FrameOutcome | null = null;
    let t = 0;
    for (; t < 40_000 && o?.phase !== 'capturing'; t += FRAME_MS) o = session.processFrame(headFrame(t, head(o)), pixels);
    expect(o?.phase).toBe('capturing');
    o = session.processFrame(headFrame(t, { cx: 470 }), pixels);
    expect(o.phase).toBe('liveness');
    expect(o.instruction).toBe('face.retry');
  });

  it('asks for the face mesh only while a blink or open-mouth challenge is on', () => {
    const session = new FaceCaptureSession(buildCaptureConfig({ challenges: ['turnLeft', 'blink'] }));
    const head = citizen();
    const wanted: [string, string | null, boolean][] = [];
    let o: FrameOutcome | null = null;
    for (let t = 0; t < 10_000 && o?.challenge !== 'blink'; t += FRAME_MS) {
      wanted.push([session.currentPhase, o?.challenge ?? null, session.wantsLandmarks]);
      o = session.processFrame(headFrame(t, head(o)), pixels);
    }
    expect(o?.challenge).toBe('blink');
    expect(wanted.some(([phase]) => phase === 'positioning')).toBe(true);
    expect(wanted.some(([, challenge]) => challenge === 'turnLeft')).toBe(true);
    expect(wanted.every(([, , mesh]) => !mesh)).toBe(true);
    expect(session.wantsLandmarks).toBe(true);
  });

  it('fails after the bounded attempts when nobody moves', () => {
    const session = new FaceCaptureSession();
    let o: FrameOutcome | null = null;
    for (let t = 0; t < 60_000 && o?.phase !== 'failed'; t += FRAME_MS) o = session.processFrame(headFrame(t, {}), pixels);
    expect(o?.phase).toBe('failed');
    expect(o?.instruction).toBe('face.failed');
    expect(session.evidence('CPU').liveness).toMatchObject({ passed: false, attempts: 3 });
  });
});

describe('FaceCaptureSession frame analysers', () => {
  it('runs each analyser on every frame with the phase, the face and the pixels, and reports its evidence by id', () => {
    const seen: { phase: string; face: boolean; pixels: boolean; landmarks: number }[] = [];
    const analyser = {
      id: 'probe',
      analyse: (f: AnalysedFrame) => seen.push({ phase: f.phase, face: f.face !== null, pixels: f.pixels !== null, landmarks: f.landmarks?.length ?? 0 }),
      evidence: () => ({ frames: seen.length }),
    };
    const session = new FaceCaptureSession(undefined, Math.random, [analyser]);
    const landmarks = Array.from({ length: 478 }, () => ({ x: 320, y: 240, z: 0 }));
    session.processFrame({ timestampMs: 0, frameWidth: 640, frameHeight: 480, faces: [] }, pixels);
    session.processFrame(headFrame(FRAME_MS, { scale: 2.2 }), pixels, landmarks);
    expect(seen).toEqual([
      { phase: 'positioning', face: false, pixels: false, landmarks: 0 },
      { phase: 'positioning', face: true, pixels: true, landmarks: 478 },
    ]);
    expect(session.evidence('CPU').analysers).toEqual({ probe: { frames: 2 } });
  });
});
