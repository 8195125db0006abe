import { describe, expect, it } from 'vitest';
import { edgeSkews, isConvex, orderCorners, quadArea, skewDegrees } from '../../../../../renderer/capture/document/quad';
import { turnedPage } from './syntheticPages';

describe('page quad geometry', () => {
  it('orders corners top-left, top-right, bottom-right, bottom-left whatever order they come in', () => {
    const tl = { x: 10, y: 12 };
    const tr = { x: 200, y: 5 };
    const br = { x: 210, y: 150 };
    const bl = { x: 4, y: 140 };
    for (const shuffled of [
      [br, tl, bl, tr],
      [bl, br, tr, tl],
      [tr, bl, tl, br],
    ]) {
      expect(orderCorners(shuffled)).toEqual([tl, tr, br, bl]);
    }
  });

  it('keeps the top edge on top for a page turned either way up to 40°', () => {
    for (const degrees of [-40, -25, -8, 0, 8, 25, 40]) {
      const truth = turnedPage(160, 90, 120, 80, degrees);
      const ordered = orderCorners([truth[2], truth[0], truth[3], truth[1]]);
      expect(ordered).toEqual(truth);
    }
  });

  it('measures the lean of each edge in degrees', () => {
    const page = turnedPage(160, 90, 120, 80, 12);
    for (const lean of edgeSkews(page)) expect(lean).toBeCloseTo(12, 6);
    expect(skewDegrees(turnedPage(160, 90, 120, 80, -7))).toBeCloseTo(7, 6);
    expect(skewDegrees(turnedPage(160, 90, 120, 80, 0))).toBeCloseTo(0, 6);
  });

  it('computes area and convexity', () => {
    expect(quadArea(turnedPage(100, 100, 60, 40, 33))).toBeCloseTo(2400, 6);
    expect(isConvex(turnedPage(100, 100, 60, 40, 33))).toBe(true);
    expect(
      isConvex([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 3, y: 3 },
        { x: 0, y: 10 },
      ]),
    ).toBe(false);
  });
});
