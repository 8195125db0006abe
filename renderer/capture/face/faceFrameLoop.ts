import type { BestFrame } from './bestFrame';
import type { FaceCaptureSession, FrameOutcome } from './faceCaptureSession';
import type { KioskFaceDetector } from './faceDetector';

export interface FrameTiming {
  /** Detector time for this frame. */
  detectMs: number;
  /** Detector, pixel copy, checks, liveness and best-frame copy together. */
  totalMs: number;
}

export interface FaceFrameLoopOptions {
  video: HTMLVideoElement;
  detector: KioskFaceDetector;
  session: FaceCaptureSession;
  bestFrame: BestFrame;
  onFrame(outcome: FrameOutcome, timing: FrameTiming): void;
  /** Width of the pixel copy used for light and sharpness checks; a face is ~100 px wide in it. */
  pixelWidth?: number;
}

/**
 * Runs the session on every new camera frame (requestVideoFrameCallback, so a frame is never
 * processed twice) until stopped or the session ends.
 */
export function startFaceFrameLoop(o: FaceFrameLoopOptions): { stop(): void } {
  const pixelWidth = o.pixelWidth ?? 320;
  let canvas: OffscreenCanvas | null = null;
  let ctx: OffscreenCanvasRenderingContext2D | null = null;
  let handle: number | null = null;
  // onFrame may stop the loop (a finished capture); the frame callback must then not re-register.
  let stopped = false;

  const onVideoFrame = (now: DOMHighResTimeStamp) => {
    handle = null;
    const { videoWidth, videoHeight } = o.video;
    if (videoWidth > 0) {
      const t0 = performance.now();
      const detection = o.detector.detect(o.video, now);
      const t1 = performance.now();
      const height = Math.round((pixelWidth * videoHeight) / videoWidth);
      if (!canvas || canvas.height !== height) {
        canvas = new OffscreenCanvas(pixelWidth, height);
        ctx = canvas.getContext('2d', { willReadFrequently: true });
      }
      let pixels: ImageData | null = null;
      if (ctx && detection.faces.length === 1) {
        ctx.drawImage(o.video, 0, 0, pixelWidth, height);
        pixels = ctx.getImageData(0, 0, pixelWidth, height);
      }
      const outcome = o.session.processFrame(detection, pixels);
      if (outcome.keep) o.bestFrame.keep(o.video, outcome.keep);
      o.onFrame(outcome, { detectMs: t1 - t0, totalMs: performance.now() - t0 });
      if (stopped || outcome.phase === 'done' || outcome.phase === 'failed') return;
    }
    handle = o.video.requestVideoFrameCallback(onVideoFrame);
  };
  handle = o.video.requestVideoFrameCallback(onVideoFrame);

  return {
    stop() {
      stopped = true;
      if (handle !== null) o.video.cancelVideoFrameCallback(handle);
      handle = null;
      if (canvas) canvas.width = 0;
    },
  };
}
