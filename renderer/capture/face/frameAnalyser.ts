import type { CapturePhase } from './faceCaptureSession';
import type { FaceGeometry } from './faceGeometry';
import type { PixelFrame } from './frameQuality';
import type { ChallengeKind } from './livenessChallenges';
import type { DetectedFace, FrameDetection } from './types';

/** One face-mesh landmark in frame pixels (x right, y down; z in the same scale, towards the camera negative). */
export interface Landmark {
  x: number;
  y: number;
  z: number;
}

/** The 478 face-mesh landmarks (with iris refinement) of the one face, in the mesh's index order. */
export type FaceLandmarks = readonly Landmark[];

/** Everything the session knows about one processed frame, after its own checks and challenges. */
export interface AnalysedFrame {
  timestampMs: number;
  phase: CapturePhase;
  /** The challenge being asked on this frame, if any. */
  challenge: ChallengeKind | null;
  detection: FrameDetection;
  /** The face when there is exactly one. */
  face: DetectedFace | null;
  geometry: FaceGeometry | null;
  /**
   * A scaled copy of the frame (RGBA, ~320 px wide; scale = pixels.width / detection.frameWidth),
   * or null when it was not made (no single face). Valid during the call only: copy what you keep.
   */
  pixels: PixelFrame | null;
  /** Face-mesh landmarks, or null when the mesh did not run or found no face. */
  landmarks: FaceLandmarks | null;
}

/**
 * A per-frame hook of the capture session: `analyse` runs on every processed frame, in the order
 * the analysers were given, after the session's own checks; `evidence` is read once when the
 * capture ends and goes to main under the analyser's `id` (keep it small and JSON-safe: scores,
 * counts, timings; never pixels or landmarks).
 */
export interface FrameAnalyser {
  readonly id: string;
  analyse(frame: AnalysedFrame): void;
  evidence(): unknown;
}
