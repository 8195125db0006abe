import { describe, expect, it } from 'vitest';
import { findPageOutline } from '../../../../../renderer/capture/document/pageOutline';
import { skewDegrees } from '../../../../../renderer/capture/document/quad';
import type { GreyFrame } from '../../../../../renderer/capture/document/greyFrame';
import { drawPage, turnedPage } from './syntheticPages';

const W = 320;
const H = 180;

describe('page outline', () => {
  it('finds the corners of a page turned either way to within half a pixel, and its lean to a fraction of a degree', () => {
    for (const degrees of [-20, -6, 0, 3, 12, 25]) {
      const truth = turnedPage(160, 90, 170, 100, degrees);
      const outline = findPageOutline(drawPage(W, H, truth))!;
      expect(outline, `${degrees}°`).not.toBeNull();
      outline.corners.forEach((c, i) => {
        expect(Math.hypot(c.x - truth[i]!.x, c.y - truth[i]!.y), `${degrees}° corner ${i}`).toBeLessThan(0.5);
      });
      expect(Math.abs(skewDegrees(outline.corners) - Math.abs(degrees)), `${degrees}°`).toBeLessThan(0.5);
      expect(outline.fill).toBeGreaterThan(0.97);
      expect(outline.fill).toBeLessThan(1.03);
      expect(outline.edgeWobble).toBeLessThan(0.6);
      expect(outline.touchesBorder).toBe(false);
      expect(outline.coverage).toBeCloseTo((170 * 100) / (W * H), 1);
    }
  });

  it('finds nothing on an empty desk, even a mottled one', () => {
    expect(findPageOutline(drawPage(W, H, null))).toBeNull();
    const mottled = drawPage(W, H, null);
    for (let i = 0; i < mottled.data.length; i++) mottled.data[i] = 30 + ((i * 7919) % 23);
    expect(findPageOutline(mottled)).toBeNull();
  });

  it('notes a page running off the frame', () => {
    const outline = findPageOutline(drawPage(W, H, turnedPage(300, 90, 190, 120, 0)))!;
    expect(outline.touchesBorder).toBe(true);
  });

  it('sees that a round bright blob (a face) is no quad: rough edges or a region far from its corners', () => {
    const face: GreyFrame = { width: W, height: H, data: new Uint8Array(W * H).fill(40) };
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (((x - 160) / 60) ** 2 + ((y - 90) / 75) ** 2 <= 1) face.data[y * W + x] = 190;
    const outline = findPageOutline(face)!;
    expect(outline.edgeWobble > 1.5 || outline.fill < 0.9 || outline.fill > 1.1).toBe(true);
  });
});
