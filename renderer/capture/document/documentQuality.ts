/**
 * Frame checks for the document camera, on small grey frames (e.g. 160×120): is the page still,
 * sharp, large and centred enough, and free of glare. Pure functions so they are unit-tested
 * without a camera; thresholds were set on the fake-camera clip and a phone-camera check, and are
 * options so a hall's camera can be tuned.
 */

export interface GreyFrame {
  width: number;
  height: number;
  /** Luma 0-255, row-major. */
  data: Uint8Array;
}

export interface DocumentCheckOptions {
  /** Mean absolute difference to the previous frame above which the page is "moving". */
  maxMotion: number;
  /** Variance of the Laplacian below which the frame is "blurry". */
  minSharpness: number;
  /** Share of pixels at ≥ 250 inside the page above which there is glare. */
  maxGlare: number;
  /** Share of the frame the page's box must cover. */
  minCoverage: number;
  /** How far (share of the frame) the page's centre may sit from the frame's. */
  maxOffCentre: number;
  /** Consecutive good frames before the photo is taken. */
  steadyFrames: number;
}

export const defaultDocumentCheckOptions: DocumentCheckOptions = {
  maxMotion: 6,
  minSharpness: 60,
  maxGlare: 0.04,
  minCoverage: 0.3,
  maxOffCentre: 0.18,
  steadyFrames: 4,
};

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

export interface PageBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** Box area / frame area. */
  coverage: number;
  /** Distance of the box's centre from the frame's, as a share of the frame's diagonal half. */
  offCentre: number;
  /** Share of the box that is page-bright: a rectangle laid square to the camera is close to 1. */
  fill: number;
}

/**
 * The page as the bright region against a darker bed: pixels above a threshold midway between the
 * frame's dark and bright levels; its bounding box, how much of the frame it covers, how centred,
 * and how rectangular (fill of its box). Not a perspective quad: a strongly tilted page shows as a
 * low fill, and the citizen is asked to lay it square.
 */
export function findPage(f: GreyFrame): PageBox | null {
  const { width: w, height: h, data } = f;
  const histogram = new Uint32Array(256);
  for (const v of data) histogram[v]!++;
  const percentile = (p: number) => {
    let acc = 0;
    for (let v = 0; v < 256; v++) if ((acc += histogram[v]!) >= p * data.length) return v;
    return 255;
  };
  const dark = percentile(0.05);
  const bright = percentile(0.99);
  if (bright - dark < 40) return null;
  const threshold = (dark + bright) / 2;
  let left = w;
  let right = -1;
  let top = h;
  let bottom = -1;
  let count = 0;
  // Rows and columns count as page only when a fair share of their pixels is bright (ignores specks).
  const rowCounts = new Uint32Array(h);
  const colCounts = new Uint32Array(w);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (data[y * w + x]! > threshold) {
        rowCounts[y]!++;
        colCounts[x]!++;
        count++;
      }
    }
  }
  for (let y = 0; y < h; y++) {
    if (rowCounts[y]! <= w * 0.05) continue;
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  for (let x = 0; x < w; x++) {
    if (colCounts[x]! <= h * 0.05) continue;
    left = Math.min(left, x);
    right = Math.max(right, x);
  }
  if (right < left || bottom < top) return null;
  const boxArea = (right - left + 1) * (bottom - top + 1);
  const cx = (left + right) / 2 / w - 0.5;
  const cy = (top + bottom) / 2 / h - 0.5;
  return { left, top, right, bottom, coverage: boxArea / (w * h), offCentre: Math.hypot(cx, cy) / Math.hypot(0.5, 0.5), fill: Math.min(1, count / boxArea) };
}

/** Share of near-white (saturated) pixels inside the page box. */
export function glareRatio(f: GreyFrame, box: PageBox): number {
  let hot = 0;
  let n = 0;
  for (let y = box.top; y <= box.bottom; y++) {
    for (let x = box.left; x <= box.right; x++) {
      n++;
      if (f.data[y * f.width + x]! >= 250) hot++;
    }
  }
  return n === 0 ? 0 : hot / n;
}

export type DocumentGuidance = 'noPage' | 'small' | 'offCentre' | 'glare' | 'blurry' | 'moving' | 'ready';

export interface FrameVerdict {
  guidance: DocumentGuidance;
  sharpness: number;
  motion: number;
  glare: number;
  coverage: number;
}

/** One frame's verdict, the first problem first (the citizen fixes one thing at a time). */
export function judgeFrame(frame: GreyFrame, previous: GreyFrame | null, o: DocumentCheckOptions = defaultDocumentCheckOptions): FrameVerdict {
  const motion = previous ? meanAbsoluteDifference(frame, previous) : Infinity;
  const box = findPage(frame);
  const sharpness = box ? laplacianVariance(frame, box) : 0;
  const glare = box ? glareRatio(frame, box) : 0;
  const base = { sharpness, motion, glare, coverage: box?.coverage ?? 0 };
  if (!box || box.fill < 0.6) return { ...base, guidance: 'noPage' };
  if (box.coverage < o.minCoverage) return { ...base, guidance: 'small' };
  if (box.offCentre > o.maxOffCentre) return { ...base, guidance: 'offCentre' };
  if (glare > o.maxGlare) return { ...base, guidance: 'glare' };
  if (motion > o.maxMotion) return { ...base, guidance: 'moving' };
  if (sharpness < o.minSharpness) return { ...base, guidance: 'blurry' };
  return { ...base, guidance: 'ready' };
}

/** Counts consecutive 'ready' frames; true once the page has been steady and sharp long enough. */
export class SteadyCounter {
  private run = 0;
  constructor(private readonly needed = defaultDocumentCheckOptions.steadyFrames) {}
  push(verdict: FrameVerdict): boolean {
    this.run = verdict.guidance === 'ready' ? this.run + 1 : 0;
    return this.run >= this.needed;
  }
  reset(): void {
    this.run = 0;
  }
}

/** The document camera among the video inputs: by the configured label, else one that is not the face camera, else the only one. */
export function pickDocumentCamera(
  devices: readonly { deviceId: string; label: string; kind: string }[],
  label: string | null,
  faceLabel?: string | null,
): string | undefined {
  const cameras = devices.filter((d) => d.kind === 'videoinput');
  if (label) {
    const match = cameras.find((d) => d.label.toLowerCase().includes(label.toLowerCase()));
    if (match) return match.deviceId;
  }
  const notFace = faceLabel ? cameras.filter((d) => !d.label.toLowerCase().includes(faceLabel.toLowerCase())) : cameras;
  return (notFace.length > 1 ? notFace[1] : (notFace[0] ?? cameras[0]))?.deviceId;
}
