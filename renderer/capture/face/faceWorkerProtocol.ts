import type { FaceDetectorConfig } from './faceDetector';
import type { PixelFrame } from './frameQuality';
import type { FrameDetection } from './types';

/**
 * Messages between the page and the two face workers. Frames travel as transferred ImageBitmaps
 * (no copy); the detector worker hands its bitmap back so the page can keep a crop of exactly the
 * frame that was judged.
 */
export type DetectorWorkerRequest =
  | { type: 'init'; config: FaceDetectorConfig }
  | { type: 'frame'; id: number; bitmap: ImageBitmap; timestampMs: number; pixelWidth: number }
  | { type: 'close' };

export type DetectorWorkerReply =
  | { type: 'ready'; delegate: 'CPU' | 'GPU'; warmUpMs: number }
  | { type: 'initFailed'; message: string }
  | { type: 'frame'; id: number; detection: FrameDetection; pixels: PixelFrame | null; bitmap: ImageBitmap; detectMs: number }
  | { type: 'frameFailed'; id: number; message: string; bitmap: ImageBitmap };

export type MeshWorkerRequest = { type: 'init'; baseUrl: string } | { type: 'frame'; id: number; bitmap: ImageBitmap } | { type: 'close' };

export type MeshWorkerReply =
  | { type: 'ready'; warmUpMs: number }
  | { type: 'initFailed'; message: string }
  /** `points`: x, y, z per landmark in frame pixels, or null when no face was found. */
  | { type: 'frame'; id: number; points: Float32Array | null; meshMs: number }
  | { type: 'frameFailed'; id: number; message: string };
