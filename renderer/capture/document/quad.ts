/**
 * A page's outline as four corners in image coordinates (x right, y down), and the plain geometry
 * the document camera needs on it: corner order, area, convexity and how far its edges lean.
 */

export interface Point {
  x: number;
  y: number;
}

/** Corners in order: top-left, top-right, bottom-right, bottom-left. */
export type Quad = [Point, Point, Point, Point];

/**
 * Orders four corners clockwise (on screen) from the top-left. Sorted by angle around their mean,
 * then started at the corner with the smallest x + y, so a page turned up to 45° either way keeps
 * its top edge on top.
 */
export function orderCorners(points: readonly Point[]): Quad {
  if (points.length !== 4) throw new Error(`a quad needs 4 corners, got ${points.length}`);
  const cx = points.reduce((s, p) => s + p.x, 0) / 4;
  const cy = points.reduce((s, p) => s + p.y, 0) / 4;
  const clockwise = [...points].sort((a, b) => Math.atan2(a.y - cy, a.x - cx) - Math.atan2(b.y - cy, b.x - cx));
  let first = 0;
  for (let i = 1; i < 4; i++) if (clockwise[i]!.x + clockwise[i]!.y < clockwise[first]!.x + clockwise[first]!.y) first = i;
  return [0, 1, 2, 3].map((k) => clockwise[(first + k) % 4]!) as Quad;
}

/** Area by the shoelace formula (positive for either winding). */
export function quadArea(q: Quad): number {
  let twice = 0;
  for (let i = 0; i < 4; i++) {
    const a = q[i]!;
    const b = q[(i + 1) % 4]!;
    twice += a.x * b.y - b.x * a.y;
  }
  return Math.abs(twice) / 2;
}

/** True when every turn goes the same way (a page seen from above is always convex). */
export function isConvex(q: Quad): boolean {
  let sign = 0;
  for (let i = 0; i < 4; i++) {
    const a = q[i]!;
    const b = q[(i + 1) % 4]!;
    const c = q[(i + 2) % 4]!;
    const cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
    if (cross === 0) return false;
    if (sign === 0) sign = Math.sign(cross);
    else if (Math.sign(cross) !== sign) return false;
  }
  return true;
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/**
 * How far each edge leans from the image's axes, in degrees (top, right, bottom, left): 0 for a
 * page laid square to the camera. Signed: positive is clockwise on screen.
 */
export function edgeSkews(q: Quad): [number, number, number, number] {
  const lean = (a: Point, b: Point, horizontal: boolean) => {
    const deg = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
    return horizontal ? deg : deg - 90;
  };
  return [lean(q[0], q[1], true), lean(q[1], q[2], false), lean(q[3], q[2], true), lean(q[0], q[3], false)];
}

/** The largest lean of any edge, in degrees. */
export function skewDegrees(q: Quad): number {
  return Math.max(...edgeSkews(q).map(Math.abs));
}

/** The quad scaled about the origin (analysis frame → full frame). */
export function scaleQuad(q: Quad, sx: number, sy: number): Quad {
  return q.map((p) => ({ x: p.x * sx, y: p.y * sy })) as Quad;
}
