import { FaceDetector, FilesetResolver } from '@mediapipe/tasks-vision';
import type { Detection, ImageSource } from '@mediapipe/tasks-vision';
import type { DetectedFace, FaceKeypoints, FrameDetection } from './types';

export type DelegateChoice = 'CPU' | 'GPU' | 'auto';

export interface FaceDetectorConfig {
  /** Directory URL of the tasks-vision wasm files on the app's own origin (no trailing file name). */
  wasmBaseUrl: string;
  /** URL of the metadata-patched BlazeFace short-range model on the app's own origin. */
  modelUrl: string;
  /** 'auto' picks GPU only when WebGL reports a hardware renderer. */
  delegate?: DelegateChoice;
  minDetectionConfidence?: number;
  /**
   * Load the runtime's ES-module build (for a module worker, where the classic build's loader
   * cannot run); the page and classic workers use the classic build.
   */
  moduleLoader?: boolean;
}

export interface KioskFaceDetector {
  readonly delegate: 'CPU' | 'GPU';
  /** Detects faces in one frame; timestamps may repeat or go back (they are made monotonic). */
  detect(frame: ImageSource, timestampMs: number): FrameDetection;
  close(): void;
}

const WARM_UP_FRAMES = 2;
const WARM_UP_SIZE = { width: 640, height: 480 };

/** Software WebGL (SwiftShader, llvmpipe) makes the GPU delegate ~10x slower than the CPU one. */
export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(renderer);
}

export function chooseDelegate(choice: DelegateChoice, renderer: string | null): 'CPU' | 'GPU' {
  if (choice !== 'auto') return choice;
  return renderer !== null && !isSoftwareRenderer(renderer) ? 'GPU' : 'CPU';
}

function probeWebGlRenderer(): string | null {
  const canvas = new OffscreenCanvas(1, 1);
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return renderer;
}

function frameSize(frame: ImageSource): { width: number; height: number } {
  if (typeof HTMLVideoElement !== 'undefined' && frame instanceof HTMLVideoElement) {
    return { width: frame.videoWidth, height: frame.videoHeight };
  }
  if (typeof VideoFrame !== 'undefined' && frame instanceof VideoFrame) {
    return { width: frame.displayWidth, height: frame.displayHeight };
  }
  if (typeof HTMLImageElement !== 'undefined' && frame instanceof HTMLImageElement) {
    return { width: frame.naturalWidth, height: frame.naturalHeight };
  }
  const { width, height } = frame as { width: number; height: number };
  return { width, height };
}

/** tasks-vision keypoint order for BlazeFace. */
const KEYPOINT_ORDER: (keyof FaceKeypoints)[] = ['rightEye', 'leftEye', 'noseTip', 'mouth', 'rightEar', 'leftEar'];

export function toDetectedFace(d: Detection, width: number, height: number): DetectedFace | null {
  const box = d.boundingBox;
  if (!box || d.keypoints.length < KEYPOINT_ORDER.length) return null;
  const keypoints = {} as FaceKeypoints;
  KEYPOINT_ORDER.forEach((name, i) => {
    const k = d.keypoints[i];
    keypoints[name] = { x: (k?.x ?? 0) * width, y: (k?.y ?? 0) * height };
  });
  return {
    box: { x: box.originX, y: box.originY, width: box.width, height: box.height },
    keypoints,
    score: d.categories[0]?.score ?? 0,
  };
}

/**
 * Creates the detector and runs it on blank frames, so the wasm compile, graph set-up and first
 * inference (together up to ~0.8 s) happen before a citizen arrives rather than on their first frame.
 */
export async function createFaceDetector(config: FaceDetectorConfig): Promise<KioskFaceDetector> {
  const choice = config.delegate ?? 'auto';
  const delegate = chooseDelegate(choice, choice === 'auto' ? probeWebGlRenderer() : null);
  const fileset = await FilesetResolver.forVisionTasks(config.wasmBaseUrl, config.moduleLoader ?? false);
  const detector = await FaceDetector.createFromOptions(fileset, {
    baseOptions: { modelAssetPath: config.modelUrl, delegate },
    runningMode: 'VIDEO',
    minDetectionConfidence: config.minDetectionConfidence ?? 0.5,
  });

  // detectForVideo rejects timestamps that do not increase; camera clocks and warm-up may collide.
  let lastTs = 0;
  const run = (frame: ImageSource, timestampMs: number) => {
    lastTs = Math.max(lastTs + 1, Math.round(timestampMs));
    return detector.detectForVideo(frame, lastTs);
  };

  const blank = new ImageData(WARM_UP_SIZE.width, WARM_UP_SIZE.height);
  for (let i = 0; i < WARM_UP_FRAMES; i++) run(blank, 0);

  return {
    delegate,
    detect(frame, timestampMs) {
      const { width, height } = frameSize(frame);
      const result = run(frame, timestampMs);
      const faces = result.detections.map((d) => toDetectedFace(d, width, height)).filter((f): f is DetectedFace => f !== null);
      return { timestampMs, frameWidth: width, frameHeight: height, faces };
    },
    close() {
      detector.close();
    },
  };
}
