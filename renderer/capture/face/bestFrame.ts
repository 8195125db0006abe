import type { FaceGeometry } from './faceGeometry';
import type { FrameQuality } from './frameQuality';
import type { QualityLimits } from './faceChecks';
import type { Box } from './types';

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/**
 * Quality score in [0, 1] of a frame that passed every check: sharper, more frontal, better
 * centred and better lit is higher. Used only to rank frames of the same session.
 */
export function qualityScore(g: FaceGeometry, q: FrameQuality, detectionScore: number, limits: QualityLimits): number {
  const sharp = clamp01(Math.log(1 + q.sharpness / limits.minSharpness) / Math.log(1 + 8));
  const frontal = 1 - clamp01(Math.abs(g.yaw) / limits.maxYaw) * 0.5 - clamp01(Math.abs(g.rollDeg) / limits.maxRollDeg) * 0.5;
  const centred = 1 - clamp01(Math.max(Math.abs(g.offsetX), Math.abs(g.offsetY)) / limits.maxOffset);
  const midLuma = (limits.minLuma + limits.maxLuma) / 2;
  const exposure = 1 - clamp01(Math.abs(q.meanLuma - midLuma) / (midLuma - limits.minLuma));
  return 0.35 * sharp + 0.25 * frontal + 0.15 * centred + 0.15 * exposure + 0.1 * clamp01(detectionScore);
}

/**
 * The portrait crop kept for a face: 3:4, the face box grown by `margin` of its size on each
 * side (hair, chin, ears), clamped to the frame.
 */
export function portraitCrop(box: Box, frameWidth: number, frameHeight: number, margin = 0.45): Box {
  // The largest 3:4 rectangle that fits the frame bounds the grown box.
  const width = Math.min(frameWidth, (frameHeight * 3) / 4, box.width * (1 + 2 * margin));
  const height = (width * 4) / 3;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const x = Math.min(Math.max(0, cx - width / 2), frameWidth - width);
  const y = Math.min(Math.max(0, cy - height / 2), frameHeight - height);
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
}

/**
 * Holds a copy of the best crop seen so far, in memory only: the capture session decides which
 * frame is better, each kept frame overwrites the previous one, and `clear` drops it.
 */
export class BestFrame {
  private canvas: OffscreenCanvas | null = null;

  /** Copies `crop` of the frame currently shown by `source`. */
  keep(source: CanvasImageSource, crop: Box): void {
    this.canvas ??= new OffscreenCanvas(crop.width, crop.height);
    this.canvas.width = crop.width;
    this.canvas.height = crop.height;
    this.canvas.getContext('2d')?.drawImage(source, crop.x, crop.y, crop.width, crop.height, 0, 0, crop.width, crop.height);
  }

  /** Pixel size of the kept crop, or null when nothing is kept. */
  get size(): { width: number; height: number } | null {
    return this.canvas ? { width: this.canvas.width, height: this.canvas.height } : null;
  }

  async encodeJpegBlob(quality = 0.9): Promise<Blob> {
    if (!this.canvas) throw new Error('no frame kept');
    return this.canvas.convertToBlob({ type: 'image/jpeg', quality });
  }

  async encodeJpeg(quality = 0.9): Promise<Uint8Array> {
    return new Uint8Array(await (await this.encodeJpegBlob(quality)).arrayBuffer());
  }

  clear(): void {
    if (this.canvas) {
      // Shrinking the canvas releases its pixels now rather than at garbage collection.
      this.canvas.width = 0;
      this.canvas.height = 0;
    }
    this.canvas = null;
  }
}
