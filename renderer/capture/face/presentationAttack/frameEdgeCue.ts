import type { PixelFrame } from '../frameQuality';
import type { Box } from '../types';
import { downsampledLuma } from './lumaPlane';

/** The search runs on a plane about this wide, whatever the frame's size. */
const PLANE_WIDTH = 160;
/** Luma step across two plane pixels that counts as an edge. */
const EDGE_STEP = 18;
/** Line tilts tried, as horizontal shift per row (up to ~11 degrees either way). */
const SLOPES = [-0.2, -0.15, -0.1, -0.05, 0, 0.05, 0.1, 0.15, 0.2];

/**
 * Straight edges on both sides of the face: the edges of a held-up photo's paper or a phone's
 * bezel. For each side, the best near-vertical line (tilted up to ~11°) beside the face box is
 * scored by the share of rows, over the face's height and a third more above and below, in which
 * it crosses an edge; the cue is the weaker side's share. A door frame or a wall corner behind a
 * citizen gives one side at most; a sheet or a screen framing the face gives both.
 */
export function enclosingEdgeScore(frame: PixelFrame, box: Box): number {
  const factor = Math.max(1, Math.round(frame.width / PLANE_WIDTH));
  const height = Math.floor(frame.height / factor);
  const y0 = Math.max(1, Math.floor((box.y - box.height / 3) / factor));
  const y1 = Math.min(height - 1, Math.ceil((box.y + (box.height * 4) / 3) / factor));
  const { data, width } = downsampledLuma(frame, factor, y0, y1);
  const bx0 = box.x / factor;
  const bx1 = (box.x + box.width) / factor;
  const rows = y1 - y0;
  if (rows < 8) return 0;
  const edge = new Uint8Array(width * height);
  for (let y = y0; y < y1; y++) {
    for (let x = 1; x < width - 1; x++) {
      edge[y * width + x] = Math.abs((data[y * width + x + 1] ?? 0) - (data[y * width + x - 1] ?? 0)) >= EDGE_STEP ? 1 : 0;
    }
  }
  const midRow = (y0 + y1) / 2;
  const bestLine = (xFrom: number, xTo: number) => {
    let best = 0;
    for (let x = Math.max(1, Math.floor(xFrom)); x < Math.min(width - 1, Math.ceil(xTo)); x++) {
      for (const slope of SLOPES) {
        let hits = 0;
        for (let y = y0; y < y1; y++) {
          const lx = Math.round(x + slope * (y - midRow));
          if (lx < 1 || lx >= width - 1) continue;
          const at = y * width + lx;
          if (edge[at] || edge[at - 1] || edge[at + 1]) hits++;
        }
        best = Math.max(best, hits / rows);
      }
    }
    return best;
  };
  // A margin off the box, so the face's own outline is not taken for a frame.
  const margin = (bx1 - bx0) * 0.08;
  return Math.min(bestLine(1, bx0 - margin), bestLine(bx1 + margin, width - 1));
}
