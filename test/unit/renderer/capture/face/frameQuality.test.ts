import { describe, expect, it } from 'vitest';
import { measureFrameQuality } from '../../../../../renderer/capture/face/frameQuality';
import type { PixelFrame } from '../../../../../renderer/capture/face/frameQuality';
import { texturedPixels } from './syntheticFace';

const FACE = { x: 110, y: 60, width: 100, height: 120 };

function boxBlur(f: PixelFrame, radius: number): PixelFrame {
  const out = new Uint8ClampedArray(f.data.length);
  for (let y = 0; y < f.height; y++) {
    for (let x = 0; x < f.width; x++) {
      let sum = 0;
      let n = 0;
      for (let dy = -radius; dy <= radius; dy++) {
        for (let dx = -radius; dx <= radius; dx++) {
          const xx = Math.min(f.width - 1, Math.max(0, x + dx));
          const yy = Math.min(f.height - 1, Math.max(0, y + dy));
          sum += f.data[(yy * f.width + xx) * 4] ?? 0;
          n++;
        }
      }
      out.set([sum / n, sum / n, sum / n, 255], (y * f.width + x) * 4);
    }
  }
  return { data: out, width: f.width, height: f.height };
}

describe('frameQuality', () => {
  it('measures brightness and contrast over the face box', () => {
    const q = measureFrameQuality(texturedPixels(320, 240, 128, 60), FACE);
    expect(q.meanLuma).toBeGreaterThan(120);
    expect(q.meanLuma).toBeLessThan(136);
    expect(q.lumaStd).toBeGreaterThan(25);
    const dark = measureFrameQuality(texturedPixels(320, 240, 30, 10), FACE);
    expect(dark.meanLuma).toBeLessThan(40);
    expect(dark.lumaStd).toBeLessThan(10);
  });

  it('drops sharpness by orders of magnitude when the face is blurred', () => {
    const sharp = texturedPixels(320, 240, 128, 60);
    const s = measureFrameQuality(sharp, FACE).sharpness;
    const b = measureFrameQuality(boxBlur(sharp, 2), FACE).sharpness;
    expect(s).toBeGreaterThan(1000);
    expect(b).toBeLessThan(s / 20);
  });

  it('flags a face darker than a bright surround as backlit', () => {
    const backlit = measureFrameQuality(texturedPixels(320, 240, 70, 20, 240), { x: 110, y: 60, width: 100, height: 110 });
    expect(backlit.backlight).toBeGreaterThan(100);
    expect(measureFrameQuality(texturedPixels(320, 240, 128, 20), FACE).backlight).toBeLessThan(10);
  });

  it('returns zeros for a box too small or outside the frame', () => {
    expect(measureFrameQuality(texturedPixels(), { x: 400, y: 300, width: 50, height: 50 }).sharpness).toBe(0);
  });
});
