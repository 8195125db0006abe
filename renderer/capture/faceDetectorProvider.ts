import { createFaceDetector } from './face/faceDetector';
import type { FaceDetectorConfig, KioskFaceDetector } from './face/faceDetector';

/**
 * The one face detector of the app. Creating it compiles the wasm and builds the graph (up to
 * ~0.8 s with the warm-up), so App.vue calls `warmUpFaceDetector()` at start, before a citizen
 * arrives, and the face step takes it with `getFaceDetector()`. Both load from the app's own
 * origin only (the build copies resources/ to the app root).
 */
export const FACE_DETECTOR_ASSETS: FaceDetectorConfig = {
  wasmBaseUrl: '/mediapipe/wasm',
  modelUrl: '/models/face_detection_short_range.tflite',
};

type Factory = (config: FaceDetectorConfig) => Promise<KioskFaceDetector>;

let pending: Promise<KioskFaceDetector> | null = null;
let factory: Factory = createFaceDetector;
let config: FaceDetectorConfig = FACE_DETECTOR_ASSETS;

/**
 * The shared detector, created on first use. A failed creation is not cached, so the next call
 * (the next citizen, or a staff retry) tries again.
 */
export function getFaceDetector(): Promise<KioskFaceDetector> {
  if (!pending) {
    const attempt = factory(config);
    pending = attempt;
    attempt.catch(() => {
      if (pending === attempt) pending = null;
    });
  }
  return pending;
}

/**
 * Starts creating and warming the detector without waiting; call once at app start. Failures are
 * left for the face step to report (it shows the camera screen with a way to the counter).
 */
export function warmUpFaceDetector(): void {
  getFaceDetector().catch(() => undefined);
}

/** Test seam and harness hook: another factory or asset location; drops a created detector. */
export function configureFaceDetector(options: { factory?: Factory; config?: FaceDetectorConfig }): void {
  void pending?.then((d) => d.close()).catch(() => undefined);
  pending = null;
  factory = options.factory ?? createFaceDetector;
  config = options.config ?? FACE_DETECTOR_ASSETS;
}
