import { distance, type Quad } from './quad';

/**
 * Perspective correction: the homography that maps an upright output rectangle onto the page's
 * four corners in the camera frame, and a warp that fills the rectangle from the frame. Plain
 * arithmetic on pixel arrays, so it runs in a worker and in unit tests alike.
 */

/** Row-major 3×3 with h[8] = 1: (x, y) → ((h0 x + h1 y + h2) / w, (h3 x + h4 y + h5) / w), w = h6 x + h7 y + 1. */
export type Homography = [number, number, number, number, number, number, number, number, number];

/** Pixels with 1 (grey) or 4 (RGBA) channels, row-major. */
export interface Raster {
  width: number;
  height: number;
  channels: 1 | 4;
  data: Uint8Array | Uint8ClampedArray;
}

/** The homography taking the corners of a width×height rectangle (TL, TR, BR, BL) to `to`. */
export function rectangleToQuad(width: number, height: number, to: Quad): Homography {
  const from = [
    { x: 0, y: 0 },
    { x: width, y: 0 },
    { x: width, y: height },
    { x: 0, y: height },
  ];
  // Eight equations in h0..h7, two per corner; solved by Gaussian elimination with partial pivoting.
  const rows: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const { x, y } = from[i]!;
    const { x: u, y: v } = to[i]!;
    rows.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    rows.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let col = 0; col < 8; col++) {
    let pivot = col;
    for (let r = col + 1; r < 8; r++) if (Math.abs(rows[r]![col]!) > Math.abs(rows[pivot]![col]!)) pivot = r;
    if (Math.abs(rows[pivot]![col]!) < 1e-12) throw new Error('degenerate quad: three corners in a line');
    [rows[col], rows[pivot]] = [rows[pivot]!, rows[col]!];
    for (let r = 0; r < 8; r++) {
      if (r === col) continue;
      const f = rows[r]![col]! / rows[col]![col]!;
      for (let c = col; c < 9; c++) rows[r]![c]! -= f * rows[col]![c]!;
    }
  }
  const h = rows.map((row, i) => row[8]! / row[i]!);
  return [h[0]!, h[1]!, h[2]!, h[3]!, h[4]!, h[5]!, h[6]!, h[7]!, 1];
}

export function applyHomography(h: Homography, x: number, y: number): { x: number; y: number } {
  const w = h[6] * x + h[7] * y + h[8];
  return { x: (h[0] * x + h[1] * y + h[2]) / w, y: (h[3] * x + h[4] * y + h[5]) / w };
}

/**
 * The output size for a page: the mean of its opposite edges' lengths, scaled down so the longer
 * side is at most `maxSide` (never up: upscaling adds no detail).
 */
export function pageSize(q: Quad, maxSide = Infinity): { width: number; height: number } {
  const width = (distance(q[0], q[1]) + distance(q[3], q[2])) / 2;
  const height = (distance(q[0], q[3]) + distance(q[1], q[2])) / 2;
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * The page cut out of `src` and made upright: each output pixel's centre mapped through the
 * homography and sampled bilinearly (`smooth`, for the photo) or from the nearest pixel (for the
 * frame checks, which must not soften the text they measure). Outside the frame reads as black.
 */
export function warpQuad(src: Raster, q: Quad, width: number, height: number, smooth = true): Raster {
  const h = rectangleToQuad(width, height, q);
  const { channels: ch, width: sw, height: sh, data: s } = src;
  const out = ch === 4 ? new Uint8ClampedArray(width * height * 4) : new Uint8Array(width * height);
  let o = 0;
  for (let y = 0; y < height; y++) {
    const yc = y + 0.5;
    for (let x = 0; x < width; x++, o += ch) {
      const xc = x + 0.5;
      const w = h[6] * xc + h[7] * yc + 1;
      const u = (h[0] * xc + h[1] * yc + h[2]) / w - 0.5;
      const v = (h[3] * xc + h[4] * yc + h[5]) / w - 0.5;
      if (!smooth) {
        const ix = Math.round(u);
        const iy = Math.round(v);
        if (ix < 0 || iy < 0 || ix >= sw || iy >= sh) continue;
        const i = (iy * sw + ix) * ch;
        for (let c = 0; c < ch; c++) out[o + c] = s[i + c]!;
        if (ch === 4) out[o + 3] = 255;
        continue;
      }
      const x0 = Math.floor(u);
      const y0 = Math.floor(v);
      if (x0 < -1 || y0 < -1 || x0 >= sw || y0 >= sh) continue;
      const fx = u - x0;
      const fy = v - y0;
      const xa = Math.max(0, x0);
      const xb = Math.min(sw - 1, x0 + 1);
      const ya = Math.max(0, y0);
      const yb = Math.min(sh - 1, y0 + 1);
      const i00 = (ya * sw + xa) * ch;
      const i10 = (ya * sw + xb) * ch;
      const i01 = (yb * sw + xa) * ch;
      const i11 = (yb * sw + xb) * ch;
      for (let c = 0; c < ch; c++) {
        const top = s[i00 + c]! + (s[i10 + c]! - s[i00 + c]!) * fx;
        const bottom = s[i01 + c]! + (s[i11 + c]! - s[i01 + c]!) * fx;
        out[o + c] = top + (bottom - top) * fy;
      }
      if (ch === 4) out[o + 3] = 255;
    }
  }
  return { width, height, channels: ch, data: out };
}
