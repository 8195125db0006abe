import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, evaluateChecks } from '../../../../../renderer/capture/face/faceChecks';
import type { CheckId, FrameMeasurements } from '../../../../../renderer/capture/face/faceChecks';
import { Guidance, instructionForChecks } from '../../../../../renderer/capture/face/guidance';
import type { FaceGeometry } from '../../../../../renderer/capture/face/faceGeometry';

const level: FaceGeometry = { eyeDistancePx: 96, size: 0.35, offsetX: 0, offsetY: 0, rollDeg: 0, yaw: 0, pitch: 0.55 };
const goodLight = { meanLuma: 130, lumaStd: 40, backlight: 0, sharpness: 300 };
const m = (g: Partial<FaceGeometry> = {}, q: Partial<typeof goodLight> = {}, faceCount = 1): FrameMeasurements => ({
  faceCount,
  geometry: { ...level, ...g },
  quality: { ...goodLight, ...q },
});

describe('evaluateChecks', () => {
  it('passes a good frame and names each failing check', () => {
    expect(evaluateChecks(m(), DEFAULT_LIMITS, new Set())).toEqual(new Set());
    expect(evaluateChecks(m({}, {}, 0), DEFAULT_LIMITS, new Set())).toEqual(new Set(['noFace']));
    expect(evaluateChecks(m({}, {}, 2), DEFAULT_LIMITS, new Set())).toEqual(new Set(['multipleFaces']));
    const cases: [Partial<FaceGeometry>, Partial<typeof goodLight>, CheckId][] = [
      [{ size: 0.1 }, {}, 'tooFar'],
      [{ size: 0.8 }, {}, 'tooClose'],
      [{ offsetX: 0.3 }, {}, 'offCentre'],
      [{ rollDeg: -20 }, {}, 'rolled'],
      [{ yaw: 0.3 }, {}, 'turned'],
      [{ pitch: 0.9 }, {}, 'turned'],
      [{}, { meanLuma: 40 }, 'tooDark'],
      [{}, { meanLuma: 230 }, 'tooBright'],
      [{}, { backlight: 90 }, 'backlit'],
      [{}, { lumaStd: 8 }, 'lowContrast'],
      [{}, { sharpness: 5 }, 'blurry'],
    ];
    for (const [g, q, id] of cases) expect(evaluateChecks(m(g, q), DEFAULT_LIMITS, new Set())).toEqual(new Set([id]));
  });

  it('keeps a failing check failing until the value is clearly back inside (hysteresis)', () => {
    let failing = evaluateChecks(m({ size: 0.21 }), DEFAULT_LIMITS, new Set());
    expect(failing.has('tooFar')).toBe(true);
    failing = evaluateChecks(m({ size: 0.23 }), DEFAULT_LIMITS, failing);
    expect(failing.has('tooFar')).toBe(true);
    // Entering from the good side, the same value passes.
    expect(evaluateChecks(m({ size: 0.23 }), DEFAULT_LIMITS, new Set()).has('tooFar')).toBe(false);
    failing = evaluateChecks(m({ size: 0.25 }), DEFAULT_LIMITS, failing);
    expect(failing.has('tooFar')).toBe(false);
  });

  it('suspends pose checks while a challenge asks the citizen to move', () => {
    expect(evaluateChecks(m({ yaw: 0.4, offsetX: 0.2 }), DEFAULT_LIMITS, new Set(), { skipPose: true })).toEqual(new Set());
  });
});

describe('guidance', () => {
  it('shows the most important failing check first', () => {
    expect(instructionForChecks(new Set<CheckId>(['blurry', 'tooFar', 'tooDark']))).toBe('face.tooFar');
    expect(instructionForChecks(new Set())).toBeNull();
  });

  it('does not flicker: a new instruction needs to settle and the old one to have been shown long enough', () => {
    const g = new Guidance({ settleMs: 250, minShowMs: 1200 });
    expect(g.update('face.tooFar', 0)).toBe('face.tooFar');
    // Alternating wishes every frame never replace the shown instruction.
    for (let t = 33; t < 3000; t += 33) expect(g.update(t % 66 ? 'face.tooDark' : 'face.centre', t)).toBe('face.tooFar');
    let t = 3000;
    for (; t < 3200; t += 33) expect(g.update('face.tooDark', t)).toBe('face.tooFar');
    expect(g.update('face.tooDark', t + 100)).toBe('face.tooDark');
  });

  it('replaces the instruction at once when the face is lost', () => {
    const g = new Guidance({ settleMs: 250, minShowMs: 1200 });
    g.update('face.tooFar', 0);
    expect(g.update('face.noFace', 40)).toBe('face.noFace');
  });
});
