import type { Box } from './types';

/** RGBA pixels, as in ImageData. */
export interface PixelFrame {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export interface FrameQuality {
  /** Mean luma (0–255) inside the face box: too dark / too bright. */
  meanLuma: number;
  /** Luma standard deviation inside the face box: flat, washed-out light. */
  lumaStd: number;
  /** Mean luma of the ring around the face minus the face's: a bright window behind the citizen. */
  backlight: number;
  /** Variance of the 3×3 Laplacian over the face: low when blurred or moving. */
  sharpness: number;
}

/** Face boxes are sampled on at most this many points across, so cost and scale do not depend on distance. */
const MAX_SAMPLES_ACROSS = 96;

const luma = (d: Uint8ClampedArray, i: number) => 0.299 * (d[i] ?? 0) + 0.587 * (d[i + 1] ?? 0) + 0.114 * (d[i + 2] ?? 0);

function clampBox(box: Box, frame: PixelFrame): { x0: number; y0: number; x1: number; y1: number } {
  return {
    x0: Math.max(0, Math.floor(box.x)),
    y0: Math.max(0, Math.floor(box.y)),
    x1: Math.min(frame.width, Math.ceil(box.x + box.width)),
    y1: Math.min(frame.height, Math.ceil(box.y + box.height)),
  };
}

/** Luma statistics over the face box (in the frame's own pixel coordinates). */
export function measureFrameQuality(frame: PixelFrame, box: Box): FrameQuality {
  const { x0, y0, x1, y1 } = clampBox(box, frame);
  const step = Math.max(1, Math.ceil((x1 - x0) / MAX_SAMPLES_ACROSS));
  const cols = Math.floor((x1 - x0) / step);
  const rows = Math.floor((y1 - y0) / step);
  if (cols < 3 || rows < 3) return { meanLuma: 0, lumaStd: 0, backlight: 0, sharpness: 0 };

  const grid = new Float32Array(cols * rows);
  let sum = 0;
  let sumSq = 0;
  for (let r = 0; r < rows; r++) {
    const rowStart = (y0 + r * step) * frame.width;
    for (let c = 0; c < cols; c++) {
      const v = luma(frame.data, (rowStart + x0 + c * step) * 4);
      grid[r * cols + c] = v;
      sum += v;
      sumSq += v * v;
    }
  }
  const n = cols * rows;
  const meanLuma = sum / n;
  const lumaStd = Math.sqrt(Math.max(0, sumSq / n - meanLuma * meanLuma));

  let lapSum = 0;
  let lapSq = 0;
  for (let r = 1; r < rows - 1; r++) {
    for (let c = 1; c < cols - 1; c++) {
      const i = r * cols + c;
      const lap = (grid[i - 1] ?? 0) + (grid[i + 1] ?? 0) + (grid[i - cols] ?? 0) + (grid[i + cols] ?? 0) - 4 * (grid[i] ?? 0);
      lapSum += lap;
      lapSq += lap * lap;
    }
  }
  const m = (cols - 2) * (rows - 2);
  const sharpness = lapSq / m - (lapSum / m) ** 2;

  return { meanLuma, lumaStd, backlight: surroundMean(frame, box, step) - meanLuma, sharpness };
}

/** Mean luma of the ring between the face box and the box grown by half its size on each side. */
function surroundMean(frame: PixelFrame, box: Box, step: number): number {
  const outer = clampBox({ x: box.x - box.width / 2, y: box.y - box.height / 2, width: box.width * 2, height: box.height * 2 }, frame);
  const inner = clampBox(box, frame);
  let sum = 0;
  let n = 0;
  for (let y = outer.y0; y < outer.y1; y += step) {
    for (let x = outer.x0; x < outer.x1; x += step) {
      if (x >= inner.x0 && x < inner.x1 && y >= inner.y0 && y < inner.y1) continue;
      sum += luma(frame.data, (y * frame.width + x) * 4);
      n++;
    }
  }
  return n > 0 ? sum / n : 0;
}
