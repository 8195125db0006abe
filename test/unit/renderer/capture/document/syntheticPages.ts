import type { GreyFrame } from '../../../../../renderer/capture/document/greyFrame';
import type { Point, Quad } from '../../../../../renderer/capture/document/quad';

/** A page of `w`×`h` centred at (cx, cy), turned by `degrees` clockwise on screen: its true corners (TL, TR, BR, BL). */
export function turnedPage(cx: number, cy: number, w: number, h: number, degrees: number): Quad {
  const a = (degrees * Math.PI) / 180;
  const corner = (dx: number, dy: number): Point => ({ x: cx + dx * Math.cos(a) - dy * Math.sin(a), y: cy + dx * Math.sin(a) + dy * Math.cos(a) });
  return [corner(-w / 2, -h / 2), corner(w / 2, -h / 2), corner(w / 2, h / 2), corner(-w / 2, h / 2)];
}

/** Where (x, y) falls in the page's own coordinates (0..1 across, 0..1 down), or null outside it. */
function pageCoordinates(q: Quad, x: number, y: number): { u: number; v: number } | null {
  const ex = { x: q[1].x - q[0].x, y: q[1].y - q[0].y };
  const ey = { x: q[3].x - q[0].x, y: q[3].y - q[0].y };
  const det = ex.x * ey.y - ex.y * ey.x;
  const px = x - q[0].x;
  const py = y - q[0].y;
  const u = (px * ey.y - py * ey.x) / det;
  const v = (ex.x * py - ex.y * px) / det;
  return u >= 0 && u <= 1 && v >= 0 && v <= 1 ? { u, v } : null;
}

/**
 * A dark desk (grey 40) with a page (paper 225, dark text lines) inside the parallelogram `q`,
 * drawn with 4×4 supersampling so its edges are as soft as a camera's.
 */
export function drawPage(width: number, height: number, q: Quad | null, paper = 225): GreyFrame {
  const data = new Uint8Array(width * height).fill(40);
  if (!q) return { width, height, data };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const at = pageCoordinates(q, x + (sx + 0.5) / 4, y + (sy + 0.5) / 4);
          if (!at) sum += 40;
          else {
            const line = at.v > 0.1 && at.v < 0.9 && at.u > 0.08 && at.u < 0.92 && (at.v * 20) % 1 < 0.35;
            sum += line ? 70 : paper;
          }
        }
      }
      data[y * width + x] = Math.round(sum / 16);
    }
  }
  return { width, height, data };
}

/** RGBA from grey, tinted per pixel by `tint` (r, g, b offsets). */
export function colourOf(f: GreyFrame, tint: (v: number) => [number, number, number] = (v) => [v, v, v]): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(f.data.length * 4);
  for (let i = 0; i < f.data.length; i++) {
    const [r, g, b] = tint(f.data[i]!);
    rgba.set([r, g, b, 255], i * 4);
  }
  return rgba;
}
