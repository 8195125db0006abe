import type { PixelFrame } from '../frameQuality';

/** Luma (0–255) of the RGBA pixel at (x, y), clamped to the frame. */
export function lumaAt(frame: PixelFrame, x: number, y: number): number {
  const cx = Math.min(frame.width - 1, Math.max(0, Math.round(x)));
  const cy = Math.min(frame.height - 1, Math.max(0, Math.round(y)));
  const i = (cy * frame.width + cx) * 4;
  const d = frame.data;
  return 0.299 * (d[i] ?? 0) + 0.587 * (d[i + 1] ?? 0) + 0.114 * (d[i + 2] ?? 0);
}

/**
 * The frame's luma averaged over `factor`×`factor` blocks: a small plane for edge searches. Only
 * plane rows `fromRow` to `toRow` (exclusive) are filled; the others stay 0.
 */
export function downsampledLuma(frame: PixelFrame, factor: number, fromRow = 0, toRow = Infinity): { data: Float32Array; width: number; height: number } {
  const width = Math.floor(frame.width / factor);
  const height = Math.floor(frame.height / factor);
  const data = new Float32Array(width * height);
  const d = frame.data;
  const area = factor * factor;
  for (let y = Math.max(0, fromRow); y < Math.min(height, toRow); y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        let i = ((y * factor + dy) * frame.width + x * factor) * 4;
        for (let dx = 0; dx < factor; dx++, i += 4) sum += 0.299 * (d[i] ?? 0) + 0.587 * (d[i + 1] ?? 0) + 0.114 * (d[i + 2] ?? 0);
      }
      data[y * width + x] = sum / area;
    }
  }
  return { data, width, height };
}
