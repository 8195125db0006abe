/** Small grey frames of the document camera, and the plain measures taken on them. */

export interface GreyFrame {
  width: number;
  height: number;
  /** Luma 0-255, row-major. */
  data: Uint8Array;
}

/** RGBA (canvas ImageData) → luma. */
export function toGrey(rgba: Uint8ClampedArray, width: number, height: number): GreyFrame {
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; j < data.length; i += 4, j++) data[j] = (rgba[i]! * 77 + rgba[i + 1]! * 150 + rgba[i + 2]! * 29) >> 8;
  return { width, height, data };
}

export function meanAbsoluteDifference(a: GreyFrame, b: GreyFrame): number {
  if (a.data.length !== b.data.length) return Infinity;
  let sum = 0;
  for (let i = 0; i < a.data.length; i++) sum += Math.abs(a.data[i]! - b.data[i]!);
  return sum / a.data.length;
}

/**
 * Variance of the 4-neighbour Laplacian: high for sharp edges and text, low for blur. Within
 * `box` (inset by 3 pixels) when given, so the page's own border does not pass for sharp text.
 */
export function laplacianVariance(f: GreyFrame, box?: { left: number; top: number; right: number; bottom: number }): number {
  const { width: w, height: h, data } = f;
  const x0 = Math.max(1, (box?.left ?? 0) + 3);
  const x1 = Math.min(w - 1, (box?.right ?? w) - 3);
  const y0 = Math.max(1, (box?.top ?? 0) + 3);
  const y1 = Math.min(h - 1, (box?.bottom ?? h) - 3);
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = y * w + x;
      const v = data[i - 1]! + data[i + 1]! + data[i - w]! + data[i + w]! - 4 * data[i]!;
      sum += v;
      sumSq += v * v;
      n++;
    }
  }
  if (n === 0) return 0;
  const mean = sum / n;
  return sumSq / n - mean * mean;
}
