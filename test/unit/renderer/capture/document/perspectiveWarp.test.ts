import { describe, expect, it } from 'vitest';
import { applyHomography, pageSize, rectangleToQuad, warpQuad, type Raster } from '../../../../../renderer/capture/document/perspectiveWarp';
import type { Quad } from '../../../../../renderer/capture/document/quad';

/** A checkerboard of 10-pixel squares, the reference the warp must give back. */
function checkerboard(width: number, height: number): Raster {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = (Math.floor(x / 10) + Math.floor(y / 10)) % 2 ? 220 : 30;
  return { width, height, channels: 1, data };
}

describe('perspective warp', () => {
  const seen: Quad = [
    { x: 52.5, y: 31 },
    { x: 262, y: 48.5 },
    { x: 248, y: 170 },
    { x: 40, y: 150.5 },
  ];

  it('maps the rectangle corners onto the quad', () => {
    const h = rectangleToQuad(200, 120, seen);
    const mapped = [applyHomography(h, 0, 0), applyHomography(h, 200, 0), applyHomography(h, 200, 120), applyHomography(h, 0, 120)];
    mapped.forEach((p, i) => {
      expect(p.x).toBeCloseTo(seen[i]!.x, 6);
      expect(p.y).toBeCloseTo(seen[i]!.y, 6);
    });
  });

  it('undoes a perspective view: a board seen at an angle comes back square', () => {
    const board = checkerboard(200, 120);
    // The camera's view: every frame pixel pulled from the board through the inverse mapping.
    const camera = { width: 320, height: 200, channels: 1 as const, data: new Uint8Array(320 * 200).fill(0) };
    const toFrame = rectangleToQuad(200, 120, seen);
    const toBoard = rectangleToQuad(320, 200, [inverse(toFrame, 0, 0), inverse(toFrame, 320, 0), inverse(toFrame, 320, 200), inverse(toFrame, 0, 200)]);
    const view = warpQuad(
      board,
      [applyHomography(toBoard, 0, 0), applyHomography(toBoard, 320, 0), applyHomography(toBoard, 320, 200), applyHomography(toBoard, 0, 200)],
      320,
      200,
    );
    camera.data.set(view.data);
    const back = warpQuad(camera, seen, 200, 120);
    let differ = 0;
    for (let y = 2; y < 118; y++) for (let x = 2; x < 198; x++) if (Math.abs(back.data[y * 200 + x]! - board.data[y * 200 + x]!) > 100) differ++;
    // Only pixels on the squares' borders may come out grey.
    expect(differ / (196 * 116)).toBeLessThan(0.05);
  });

  it('sizes the output from the page edges, never upscaled', () => {
    expect(pageSize(seen)).toEqual({ width: 210, height: 121 });
    expect(pageSize(seen, 100)).toEqual({ width: 100, height: 58 });
  });

  it('warps colour, keeping every pixel opaque', () => {
    const rgba = new Uint8ClampedArray(40 * 30 * 4).fill(200);
    const out = warpQuad(
      { width: 40, height: 30, channels: 4, data: rgba },
      [
        { x: 5, y: 5 },
        { x: 35, y: 4 },
        { x: 36, y: 26 },
        { x: 4, y: 25 },
      ],
      30,
      20,
    );
    expect(out.data.length).toBe(30 * 20 * 4);
    expect(Math.min(...out.data)).toBe(200);
  });
});

/** Frame point → board point for the homography h (board → frame), by solving the 2×2 system at w. */
function inverse(h: ReturnType<typeof rectangleToQuad>, u: number, v: number): { x: number; y: number } {
  const a = h[0] - u * h[6];
  const b = h[1] - u * h[7];
  const c = u - h[2];
  const d = h[3] - v * h[6];
  const e = h[4] - v * h[7];
  const f = v - h[5];
  const det = a * e - b * d;
  return { x: (c * e - b * f) / det, y: (a * f - c * d) / det };
}
