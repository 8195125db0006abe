import type { GreyFrame } from './greyFrame';
import { orderCorners, quadArea, type Point, type Quad } from './quad';

/**
 * Finds the page in a small grey frame: the largest bright region against the darker desk, its
 * holes (text, seals) filled, its four corners, and how well four straight edges describe it.
 * A page gives a convex quad that its region fills and straight edges; a face, a hand or a
 * crumpled bag gives a blob that no quad fits.
 */

export interface PageOutline {
  /** TL, TR, BR, BL in frame pixels (sub-pixel: the edges are fitted lines). */
  corners: Quad;
  /** Quad area / frame area. */
  coverage: number;
  /** Distance of the quad's centre from the frame's, as a share of the frame's half-diagonal. */
  offCentre: number;
  /** Region area (holes filled) / quad area: about 1 for a page, well below for a blob. */
  fill: number;
  /** Largest root-mean-square distance (pixels) of an edge's outline points from its fitted line. */
  edgeWobble: number;
  /** The region reaches the frame's border: part of it may be outside the picture. */
  touchesBorder: boolean;
  /** The grey level splitting page from desk. */
  threshold: number;
}

/** Below this spread between the frame's dark and bright levels there is nothing but desk. */
const MIN_CONTRAST = 40;
/** A region smaller than this share of the frame is a speck, not a page. */
const MIN_REGION = 0.02;

export function findPageOutline(f: GreyFrame): PageOutline | null {
  const { width: w, height: h, data } = f;
  const threshold = splitLevel(data);
  if (threshold === null) return null;
  const bright = new Uint8Array(w * h);
  for (let i = 0; i < bright.length; i++) if (data[i]! > threshold) bright[i] = 1;
  // Holes first, then the largest region: a page's printed frame line would otherwise cut its margin off from its middle.
  const region = largestRegion(fillHoles(bright, w, h), w, h);
  if (region.area < MIN_REGION * w * h) return null;
  const { points, touchesBorder } = outlinePoints(region.mask, w, h);
  const rough = roughCorners(points);
  if (!rough) return null;
  const fitted = fitEdges(points, rough);
  const corners = fitted?.corners ?? rough;
  const area = quadArea(corners);
  if (area <= 0) return null;
  const cx = corners.reduce((s, p) => s + p.x, 0) / 4 / w - 0.5;
  const cy = corners.reduce((s, p) => s + p.y, 0) / 4 / h - 0.5;
  return {
    corners,
    coverage: area / (w * h),
    offCentre: Math.hypot(cx, cy) / Math.hypot(0.5, 0.5),
    fill: region.area / area,
    edgeWobble: fitted?.wobble ?? Infinity,
    touchesBorder,
    threshold,
  };
}

/** Midway between the frame's dark (5th percentile) and bright (99th) levels, or null for a flat frame. */
function splitLevel(data: Uint8Array): number | null {
  const histogram = new Uint32Array(256);
  for (const v of data) histogram[v]!++;
  const percentile = (p: number) => {
    let acc = 0;
    for (let v = 0; v < 256; v++) if ((acc += histogram[v]!) >= p * data.length) return v;
    return 255;
  };
  const dark = percentile(0.05);
  const bright = percentile(0.99);
  return bright - dark < MIN_CONTRAST ? null : (dark + bright) / 2;
}

/** The largest 4-connected region of a 0/1 mask, as a 0/1 mask. */
function largestRegion(data: Uint8Array, w: number, h: number): { mask: Uint8Array; area: number } {
  const label = new Int32Array(w * h);
  const stack = new Int32Array(w * h);
  let best = 0;
  let bestArea = 0;
  let next = 0;
  for (let start = 0; start < w * h; start++) {
    if (label[start] !== 0 || data[start] === 0) continue;
    next++;
    let top = 0;
    let area = 0;
    stack[top++] = start;
    label[start] = next;
    while (top > 0) {
      const i = stack[--top]!;
      area++;
      const x = i % w;
      // Neighbours inline (a closure per pixel costs more than the whole search).
      if (x > 0 && label[i - 1] === 0 && data[i - 1] === 1) {
        label[i - 1] = next;
        stack[top++] = i - 1;
      }
      if (x < w - 1 && label[i + 1] === 0 && data[i + 1] === 1) {
        label[i + 1] = next;
        stack[top++] = i + 1;
      }
      if (i >= w && label[i - w] === 0 && data[i - w] === 1) {
        label[i - w] = next;
        stack[top++] = i - w;
      }
      if (i < w * (h - 1) && label[i + w] === 0 && data[i + w] === 1) {
        label[i + w] = next;
        stack[top++] = i + w;
      }
    }
    if (area > bestArea) {
      bestArea = area;
      best = next;
    }
  }
  const mask = new Uint8Array(w * h);
  for (let i = 0; i < mask.length; i++) if (label[i] === best) mask[i] = 1;
  return { mask, area: bestArea };
}

/** The mask with every hole filled: whatever the outside (reached from the border) does not reach. */
function fillHoles(mask: Uint8Array, w: number, h: number): Uint8Array {
  const outside = new Uint8Array(w * h);
  const stack = new Int32Array(w * h);
  let top = 0;
  const seed = (i: number) => {
    if (mask[i] === 0 && outside[i] === 0) {
      outside[i] = 1;
      stack[top++] = i;
    }
  };
  for (let x = 0; x < w; x++) {
    seed(x);
    seed((h - 1) * w + x);
  }
  for (let y = 0; y < h; y++) {
    seed(y * w);
    seed(y * w + w - 1);
  }
  while (top > 0) {
    const i = stack[--top]!;
    const x = i % w;
    if (x > 0 && mask[i - 1] === 0 && outside[i - 1] === 0) {
      outside[i - 1] = 1;
      stack[top++] = i - 1;
    }
    if (x < w - 1 && mask[i + 1] === 0 && outside[i + 1] === 0) {
      outside[i + 1] = 1;
      stack[top++] = i + 1;
    }
    if (i >= w && mask[i - w] === 0 && outside[i - w] === 0) {
      outside[i - w] = 1;
      stack[top++] = i - w;
    }
    if (i < w * (h - 1) && mask[i + w] === 0 && outside[i + w] === 0) {
      outside[i + w] = 1;
      stack[top++] = i + w;
    }
  }
  const filled = new Uint8Array(w * h);
  for (let i = 0; i < filled.length; i++) if (outside[i] === 0) filled[i] = 1;
  return filled;
}

/**
 * Region pixels with a 4-neighbour outside it or on the frame's border (noted: the page may run on
 * beyond it), at their centres: pixel (x, y) covers x..x+1, y..y+1, as the warp reads it.
 */
function outlinePoints(mask: Uint8Array, w: number, h: number): { points: Point[]; touchesBorder: boolean } {
  const points: Point[] = [];
  let touchesBorder = false;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if (mask[i] === 0) continue;
      if (x === 0 || y === 0 || x === w - 1 || y === h - 1) {
        touchesBorder = true;
        points.push({ x: x + 0.5, y: y + 0.5 });
      } else if (mask[i - 1] === 0 || mask[i + 1] === 0 || mask[i - w] === 0 || mask[i + w] === 0) points.push({ x: x + 0.5, y: y + 0.5 });
    }
  }
  return { points, touchesBorder };
}

/**
 * Four corners from the outline, whatever the page's turn: the point farthest from the centre,
 * the point farthest from that one (the opposite corner), then the farthest from that diagonal on
 * each side.
 */
function roughCorners(points: readonly Point[]): Quad | null {
  if (points.length < 8) return null;
  const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
  const farthest = (from: Point) =>
    points.reduce((best, p) => (Math.hypot(p.x - from.x, p.y - from.y) > Math.hypot(best.x - from.x, best.y - from.y) ? p : best));
  const a = farthest({ x: cx, y: cy });
  const c = farthest(a);
  let left: Point | null = null;
  let right: Point | null = null;
  let leftD = 0;
  let rightD = 0;
  for (const p of points) {
    const side = (c.x - a.x) * (p.y - a.y) - (c.y - a.y) * (p.x - a.x);
    if (side > leftD) {
      leftD = side;
      left = p;
    } else if (-side > rightD) {
      rightD = -side;
      right = p;
    }
  }
  if (!left || !right) return null;
  return orderCorners([a, left, c, right]);
}

interface Line {
  /** A point on the line and its unit direction. */
  px: number;
  py: number;
  dx: number;
  dy: number;
}

/**
 * Refines the corners: the outline points along the middle of each edge get a total-least-squares
 * line, and neighbouring lines meet at the new corners. The wobble says how straight the edges are.
 */
function fitEdges(points: readonly Point[], rough: Quad): { corners: Quad; wobble: number } | null {
  const lines: Line[] = [];
  let wobble = 0;
  const centre = { x: rough.reduce((s, p) => s + p.x, 0) / 4, y: rough.reduce((s, p) => s + p.y, 0) / 4 };
  for (let e = 0; e < 4; e++) {
    const a = rough[e]!;
    const b = rough[(e + 1) % 4]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len < 4) return null;
    const ux = (b.x - a.x) / len;
    const uy = (b.y - a.y) / len;
    const band = Math.max(2.5, len * 0.06);
    const near = points.filter((p) => {
      const along = (p.x - a.x) * ux + (p.y - a.y) * uy;
      const across = Math.abs((p.x - a.x) * uy - (p.y - a.y) * ux);
      return along > len * 0.12 && along < len * 0.88 && across <= band;
    });
    if (near.length < 4) return null;
    const fitted = principalLine(near);
    const rms = Math.sqrt(near.reduce((s, p) => s + ((p.x - fitted.px) * fitted.dy - (p.y - fitted.py) * fitted.dx) ** 2, 0) / near.length);
    wobble = Math.max(wobble, rms);
    lines.push(outwardByHalfAPixel(fitted, centre));
  }
  const corners: Point[] = [];
  for (let e = 0; e < 4; e++) {
    const meet = intersect(lines[(e + 3) % 4]!, lines[e]!);
    if (!meet) return null;
    corners.push(meet);
  }
  return { corners: orderCorners(corners), wobble };
}

/** The outline runs through the page's outermost pixel centres, half a pixel inside its edge: move the line out to the edge. */
function outwardByHalfAPixel(line: Line, centre: Point): Line {
  let nx = -line.dy;
  let ny = line.dx;
  if ((line.px - centre.x) * nx + (line.py - centre.y) * ny < 0) {
    nx = -nx;
    ny = -ny;
  }
  return { ...line, px: line.px + nx * 0.5, py: line.py + ny * 0.5 };
}

function principalLine(points: readonly Point[]): Line {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
    syy += (p.y - my) ** 2;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  return { px: mx, py: my, dx: Math.cos(angle), dy: Math.sin(angle) };
}

function intersect(l1: Line, l2: Line): Point | null {
  const det = l1.dx * l2.dy - l1.dy * l2.dx;
  if (Math.abs(det) < 1e-6) return null;
  const t = ((l2.px - l1.px) * l2.dy - (l2.py - l1.py) * l2.dx) / det;
  return { x: l1.px + t * l1.dx, y: l1.py + t * l1.dy };
}
