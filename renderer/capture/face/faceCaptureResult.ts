import type { CaptureEvidence } from './captureEvidence';

/** What FaceCapture.vue emits with `captured`: the one kept frame and its evidence, nothing else. */
export interface FaceCaptured {
  /** The best portrait crop (3:4), JPEG. The component keeps no copy. */
  jpeg: Blob;
  width: number;
  height: number;
  evidence: CaptureEvidence;
}

/** `failed`: liveness not completed, no usable camera, the camera held by another program, or too long without a usable face. */
export type FaceCaptureFailure = 'liveness' | 'camera-missing' | 'camera-busy' | 'timeout';

export interface FaceCaptureFailed {
  reason: FaceCaptureFailure;
}
