import { describe, expect, it } from 'vitest';
import { measureFaceGeometry } from '../../../../../renderer/capture/face/faceGeometry';
import { affine, FRAME, headFrame, photoFrame } from './syntheticFace';
import type { FrameDetection } from '../../../../../renderer/capture/face/types';

const geometry = (f: FrameDetection) => {
  const face = f.faces[0];
  if (!face) throw new Error('no face');
  return measureFaceGeometry(face.keypoints, face.box, FRAME.width, FRAME.height);
};

describe('faceGeometry', () => {
  it('reads a frontal, centred head as level', () => {
    const g = geometry(headFrame(0, {}));
    expect(g.yaw).toBeCloseTo(0, 5);
    expect(g.rollDeg).toBeCloseTo(0, 5);
    expect(g.pitch).toBeCloseTo(40 / 68, 2);
    expect(Math.abs(g.offsetX)).toBeLessThan(0.02);
    expect(g.size).toBeCloseTo((150 * 1.5) / 640, 3);
  });

  it('signs yaw by the subject’s own side and grows with the turn', () => {
    expect(geometry(headFrame(0, { yawDeg: 30 })).yaw).toBeGreaterThan(0.2);
    expect(geometry(headFrame(0, { yawDeg: -30 })).yaw).toBeLessThan(-0.2);
    expect(geometry(headFrame(0, { yawDeg: 15 })).yaw).toBeLessThan(geometry(headFrame(0, { yawDeg: 30 })).yaw);
  });

  it('measures roll from the eye line and pitch from nose against mouth', () => {
    const rolled = geometry(headFrame(0, { rollDeg: 15 }));
    expect(rolled.rollDeg).toBeCloseTo(15, 3);
    expect(Math.abs(rolled.yaw)).toBeLessThan(1e-6);
    expect(geometry(headFrame(0, { pitchDeg: 20 })).pitch).toBeGreaterThan(geometry(headFrame(0, {})).pitch + 0.05);
  });

  it('keeps yaw and pitch of a flat photo however it is moved, zoomed, rolled or tilted', () => {
    const still = geometry(photoFrame(0, affine(1.5, 0, 320, 200)));
    for (const m of [affine(2.2, 0, 250, 260), affine(1.2, 25, 400, 180), affine(1.5, -10, 320, 240, 0.6, 1), affine(1.5, 5, 300, 220, 1, 0.65)]) {
      const g = geometry(photoFrame(0, m));
      expect(Math.abs(g.yaw - still.yaw)).toBeLessThan(1e-9);
      expect(Math.abs(g.pitch - still.pitch)).toBeLessThan(0.03);
    }
  });
});
