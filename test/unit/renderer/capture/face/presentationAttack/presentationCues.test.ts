import { describe, expect, it } from 'vitest';
import { powerSpectrum2d } from '../../../../../../renderer/capture/face/presentationAttack/fft2d';
import { enclosingEdgeScore } from '../../../../../../renderer/capture/face/presentationAttack/frameEdgeCue';
import { glareShare } from '../../../../../../renderer/capture/face/presentationAttack/glareCue';
import { moireScore } from '../../../../../../renderer/capture/face/presentationAttack/moireCue';
import { PresentationAttackAnalyser } from '../../../../../../renderer/capture/face/presentationAttack/presentationAttackAnalyser';
import { PresentationAttackTracker } from '../../../../../../renderer/capture/face/presentationAttack/presentationAttackTracker';
import { measurePresentationCues } from '../../../../../../renderer/capture/face/presentationAttack/presentationCues';
import type { PixelFrame } from '../../../../../../renderer/capture/face/frameQuality';
import type { DetectedFace } from '../../../../../../renderer/capture/face/types';

const W = 640;
const H = 480;
const box = { x: 200, y: 100, width: 240, height: 260 };
const face: DetectedFace = {
  box,
  score: 0.9,
  keypoints: {
    rightEye: { x: 270, y: 190 },
    leftEye: { x: 370, y: 190 },
    noseTip: { x: 320, y: 240 },
    mouth: { x: 320, y: 290 },
    rightEar: { x: 210, y: 210 },
    leftEar: { x: 430, y: 210 },
  },
};

/** A deterministic noise source, so "sensor noise" is the same on every run. */
function noise(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
}

/** A smooth lit face (a shaded ellipse on a grey wall) with sensor noise; `pattern` multiplies the luma. */
function frame(pattern: (x: number, y: number) => number = () => 1, paint?: (x: number, y: number) => number | null): PixelFrame {
  const data = new Uint8ClampedArray(W * H * 4);
  const rand = noise(7);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const dx = (x - 320) / 120;
      const dy = (y - 230) / 130;
      const inFace = dx * dx + dy * dy < 1;
      let v = inFace ? 150 + 40 * Math.sqrt(1 - dx * dx - dy * dy) - 12 * dx : 110 + 10 * Math.sin(y / 90);
      v = (paint?.(x, y) ?? v) * pattern(x, y) + 6 * rand();
      const i = (y * W + x) * 4;
      data[i] = v + 20;
      data[i + 1] = v;
      data[i + 2] = v - 15;
      data[i + 3] = 255;
    }
  }
  return { data, width: W, height: H };
}

const screenGrid = (x: number, y: number) => 0.88 + 0.12 * Math.cos((2 * Math.PI * (x * 0.996 + y * 0.087)) / 2.7);
const halftone = (x: number, y: number) => 0.9 + 0.1 * Math.cos((2 * Math.PI * (x + y)) / 4.2) * Math.cos((2 * Math.PI * (x - y)) / 4.2);
const centre = { x: 320, y: 240 };

describe('the power spectrum', () => {
  it('puts a pure wave into its own frequency bin', () => {
    const size = 16;
    const patch = Float64Array.from({ length: size * size }, (_, i) => Math.cos((2 * Math.PI * 3 * (i % size)) / size));
    const power = powerSpectrum2d(patch, size);
    const strongest = power.indexOf(Math.max(...power));
    expect([3, size - 3]).toContain(strongest);
    expect(power[3]).toBeCloseTo(power[size - 3] ?? 0, 6);
    expect(power[5]).toBeLessThan(1e-9);
  });
});

describe('presentation cues on synthetic frames', () => {
  it('moire: a screen grid or print dots over the face stand out, skin with sensor noise does not', () => {
    const skin = moireScore(frame(), centre);
    expect(skin).toBeLessThan(2.5);
    expect(moireScore(frame(screenGrid), centre)).toBeGreaterThan(skin + 1);
    expect(moireScore(frame(halftone), centre)).toBeGreaterThan(skin + 1);
  });

  it('glare: a clipped reflection over the face counts, a bright face does not', () => {
    const spot = (x: number, y: number) => (Math.hypot(x - 260, y - 170) < 40 ? 290 : null);
    expect(glareShare(frame(), box)).toBe(0);
    expect(
      glareShare(
        frame(() => 1.3),
        box,
      ),
    ).toBe(0);
    expect(
      glareShare(
        frame(() => 1, spot),
        box,
      ),
    ).toBeGreaterThan(0.02);
  });

  it('frame edges: a bezel round the face scores high, one door frame at the side does not', () => {
    const bezel = (x: number, y: number) => (x < 40 || x > 600 || y < 20 || y > 460 ? 255 : x < 60 || x > 580 || y < 40 || y > 440 ? 15 : null);
    const door = (x: number) => (x > 540 && x < 560 ? 240 : null);
    expect(enclosingEdgeScore(frame(), box)).toBeLessThan(0.3);
    expect(
      enclosingEdgeScore(
        frame(
          () => 1,
          (x) => door(x),
        ),
        box,
      ),
    ).toBeLessThan(0.3);
    expect(
      enclosingEdgeScore(
        frame(() => 1, bezel),
        box,
      ),
    ).toBeGreaterThan(0.95);
  });

  it('the tracker splits the cues by what was asked and summarises medians, without pixels', () => {
    const tracker = new PresentationAttackTracker();
    const plain = measurePresentationCues(frame(), face);
    const screen = measurePresentationCues(frame(screenGrid), face);
    tracker.add('positioning', plain, 3);
    tracker.add('turnLeft', screen, 4);
    tracker.add('turnLeft', screen, 5);
    tracker.add('turnLeft', plain, 6);
    const e = tracker.evidence();
    expect(e).toMatchObject({ method: 'rgb-cues', version: 1, framesAnalysed: 4, frameMs: { median: 5, p95: 6 } });
    expect(e.stretches.map((s) => [s.stretch, s.frames])).toEqual([
      ['positioning', 1],
      ['turnLeft', 3],
    ]);
    expect(e.stretches[1]?.moire).toBeCloseTo(screen.moire, 3);
  });
});

describe('the presentation-attack analyser on the session hook', () => {
  it('measures the one face on the scaled pixel copy, by stretch, and leaves frames without one out', async () => {
    const half = (f: PixelFrame): PixelFrame => {
      const data = new Uint8ClampedArray((W / 2) * (H / 2) * 4);
      for (let y = 0; y < H / 2; y++)
        for (let x = 0; x < W / 2; x++) data.set(f.data.subarray((2 * y * W + 2 * x) * 4, (2 * y * W + 2 * x) * 4 + 4), (y * (W / 2) + x) * 4);
      return { data, width: W / 2, height: H / 2 };
    };
    const bezel = (x: number, y: number) => (x < 40 || x > 600 || y < 20 || y > 460 ? 255 : x < 60 || x > 580 || y < 40 || y > 440 ? 15 : null);
    const plain = half(frame());
    const framed = half(frame(() => 1, bezel));
    const detection = { timestampMs: 0, frameWidth: W, frameHeight: H, faces: [face] };
    const analyser = new PresentationAttackAnalyser();
    const at = (pixels: PixelFrame | null, phase: 'positioning' | 'liveness', challenge: 'turnLeft' | null) =>
      analyser.analyse({ timestampMs: 0, phase, challenge, detection, face: pixels ? face : null, geometry: null, pixels, landmarks: null });
    at(plain, 'positioning', null);
    at(null, 'positioning', null);
    at(framed, 'liveness', 'turnLeft');
    at(framed, 'liveness', 'turnLeft');
    await analyser.settled();
    const e = analyser.evidence();
    expect(analyser.id).toBe('presentationAttack');
    expect(e.framesAnalysed).toBe(3);
    expect(e.stretches.map((s) => [s.stretch, s.frames])).toEqual([
      ['positioning', 1],
      ['turnLeft', 2],
    ]);
    expect(e.stretches[0]?.frameEdges).toBeLessThan(0.3);
    expect(e.stretches[1]?.frameEdges).toBeGreaterThan(0.9);
  });
});
