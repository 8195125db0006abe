import { createFacePipeline } from './face/facePipeline';
import type { FacePipeline, FacePipelineConfig } from './face/facePipeline';

/**
 * The one face pipeline of the app: the detector and the face mesh, each in a worker. Creating
 * them compiles the wasm and builds the graphs (seconds on a slow kiosk), so App.vue calls
 * `warmUpFaceDetector()` once the attract screen has settled (after its first tap, or a quiet
 * spell), and the face step takes it with `getFaceDetector()`. The work happens in the workers, so
 * the page stays responsive meanwhile.
 * Everything loads from the app's own origin only (the build copies resources/ to the app root).
 */
export const FACE_DETECTOR_ASSETS = {
  wasmBaseUrl: '/mediapipe/wasm',
  modelUrl: '/models/face_detection_short_range.tflite',
};
export const FACE_PIPELINE_ASSETS: FacePipelineConfig = { ...FACE_DETECTOR_ASSETS, meshBaseUrl: '/mediapipe/face_mesh' };

type Factory = (config: FacePipelineConfig) => Promise<FacePipeline>;

let pending: Promise<FacePipeline> | null = null;
let factory: Factory = createFacePipeline;
let config: FacePipelineConfig = FACE_PIPELINE_ASSETS;

/**
 * The shared pipeline, created on first use. A failed creation is not cached, so the next call
 * (the next citizen, or a staff retry) tries again.
 */
export function getFaceDetector(): Promise<FacePipeline> {
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
 * Starts creating and warming the pipeline without waiting; call once at app start. Failures are
 * left for the face step to report (it shows the camera screen with a way to the counter).
 */
export function warmUpFaceDetector(): void {
  getFaceDetector().catch(() => undefined);
}

/** Test seam and harness hook: another factory or asset location; drops a created pipeline. */
export function configureFaceDetector(options: { factory?: Factory; config?: FacePipelineConfig }): void {
  void pending?.then((d) => d.close()).catch(() => undefined);
  pending = null;
  factory = options.factory ?? createFacePipeline;
  config = options.config ?? FACE_PIPELINE_ASSETS;
}
