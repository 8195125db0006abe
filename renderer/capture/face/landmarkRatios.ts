import type { FaceLandmarks, Landmark } from './frameAnalyser';

/**
 * Eye and mouth opening from the face mesh, as ratios of distances within the feature, so they
 * do not depend on the face's distance from the camera.
 */

/** Face-mesh indices around each eye: corner, two upper-lid points, corner, two lower-lid points. */
const RIGHT_EYE = [33, 160, 158, 133, 153, 144] as const;
const LEFT_EYE = [362, 385, 387, 263, 373, 380] as const;
/** Inner upper and lower lip middle, and the two mouth corners. */
const MOUTH = { upper: 13, lower: 14, right: 61, left: 291 } as const;

const distance = (a: Landmark | undefined, b: Landmark | undefined) => (a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0);

function eyeAspect(l: FaceLandmarks, [p1, p2, p3, p4, p5, p6]: readonly [number, number, number, number, number, number]): number {
  const width = distance(l[p1], l[p4]);
  return width > 0 ? (distance(l[p2], l[p6]) + distance(l[p3], l[p5])) / (2 * width) : 0;
}

/** Mean eye aspect ratio of both eyes: about 0.3 open, under 0.1 closed. */
export function eyeAspectRatio(l: FaceLandmarks): number {
  return (eyeAspect(l, RIGHT_EYE) + eyeAspect(l, LEFT_EYE)) / 2;
}

/** Gap between the inner lips over the mouth's width: near 0 closed, above 0.3 wide open. */
export function mouthOpenRatio(l: FaceLandmarks): number {
  const width = distance(l[MOUTH.right], l[MOUTH.left]);
  return width > 0 ? distance(l[MOUTH.upper], l[MOUTH.lower]) / width : 0;
}
