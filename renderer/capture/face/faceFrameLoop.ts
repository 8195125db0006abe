import type { BestFrame } from './bestFrame';
import type { FaceCaptureSession, FrameOutcome } from './faceCaptureSession';
import type { FacePipeline, FrameAnalysis } from './facePipeline';

export interface FrameTiming {
  /** Detector time for this frame (in its worker). */
  detectMs: number;
  /** Face-mesh time for this frame (in its worker), null without the mesh. */
  meshMs: number | null;
  /** From grabbing the frame to the session's verdict on it (workers, transfer, checks, liveness). */
  totalMs: number;
}

export interface FaceFrameLoopOptions {
  video: HTMLVideoElement;
  detector: FacePipeline;
  session: FaceCaptureSession;
  bestFrame: BestFrame;
  onFrame(outcome: FrameOutcome, timing: FrameTiming): void;
  /** Width of the pixel copy used for light and sharpness checks; a face is ~100 px wide in it. */
  pixelWidth?: number;
}

/**
 * Frames being analysed at once. Two keep both workers busy (the next frame is grabbed while the
 * last one's answers travel back), which holds the camera's rate when one frame's inference takes
 * longer than a frame interval; answers are still judged in camera order.
 */
const MAX_IN_FLIGHT = 2;

/**
 * Runs the session on new camera frames (requestVideoFrameCallback, so a frame is never processed
 * twice) until stopped or the session ends. Inference happens in the pipeline's workers; the page
 * thread only grabs frames and judges the answers.
 */
export function startFaceFrameLoop(o: FaceFrameLoopOptions): { stop(): void } {
  const pixelWidth = o.pixelWidth ?? 320;
  let handle: number | null = null;
  // Set by stop() (possibly from inside onFrame) and when the session ends: nothing re-registers after it.
  let stopped = false;
  let inFlight = 0;
  let judged: Promise<void> = Promise.resolve();

  const judge = (analysis: FrameAnalysis, t0: number) => {
    try {
      if (stopped) return;
      const outcome = o.session.processFrame(analysis.detection, analysis.pixels, analysis.landmarks);
      if (outcome.keep) o.bestFrame.keep(analysis.frame, outcome.keep);
      if (outcome.phase === 'done' || outcome.phase === 'failed') stop();
      o.onFrame(outcome, { detectMs: analysis.detectMs, meshMs: analysis.meshMs, totalMs: performance.now() - t0 });
    } finally {
      analysis.frame.close();
    }
  };

  const request = () => {
    if (!stopped && handle === null) handle = o.video.requestVideoFrameCallback(onVideoFrame);
  };

  const onVideoFrame = (now: DOMHighResTimeStamp) => {
    handle = null;
    if (stopped) return;
    if (o.video.videoWidth > 0 && inFlight < MAX_IN_FLIGHT) {
      inFlight++;
      const t0 = performance.now();
      const analysis = o.detector.analyse(o.video, now, pixelWidth, o.session.wantsLandmarks);
      judged = judged
        .then(() => analysis.then((a) => judge(a, t0)))
        // A frame the workers could not analyse is skipped; the session's own timeouts end a capture that gets none.
        .catch(() => undefined)
        .finally(() => {
          inFlight--;
          request();
        });
    }
    request();
  };

  function stop(): void {
    stopped = true;
    if (handle !== null) o.video.cancelVideoFrameCallback(handle);
    handle = null;
  }

  request();
  return { stop };
}
