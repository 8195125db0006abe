import type { AnalysedFrame, FrameAnalyser } from '../frameAnalyser';
import type { DetectedFace } from '../types';
import { PresentationAttackTracker } from './presentationAttackTracker';
import { measureCuesOffThread } from './presentationCueLink';

/** The face's box and keypoints in the coordinates of a copy of the frame scaled by `s`. */
function scaleFace(face: DetectedFace, s: number): DetectedFace {
  const p = (q: { x: number; y: number }) => ({ x: q.x * s, y: q.y * s });
  const k = face.keypoints;
  return {
    score: face.score,
    box: { x: face.box.x * s, y: face.box.y * s, width: face.box.width * s, height: face.box.height * s },
    keypoints: { rightEye: p(k.rightEye), leftEye: p(k.leftEye), noseTip: p(k.noseTip), mouth: p(k.mouth), rightEar: p(k.rightEar), leftEar: p(k.leftEar) },
  };
}

/**
 * Passive presentation-attack detection as a per-frame analyser: the cues of every frame with one
 * face, measured in the cue worker and split by what the session asked at the time; its evidence
 * goes to main, which judges it. Frames still in the worker when the capture ends are left out.
 */
export class PresentationAttackAnalyser implements FrameAnalyser {
  readonly id = 'presentationAttack';
  private readonly tracker = new PresentationAttackTracker();
  private pending: Promise<void> = Promise.resolve();

  analyse(frame: AnalysedFrame): void {
    if (!frame.face || !frame.pixels) return;
    const stretch = frame.phase === 'liveness' ? (frame.challenge ?? 'liveness') : frame.phase;
    const measured = measureCuesOffThread(frame.pixels, scaleFace(frame.face, frame.pixels.width / frame.detection.frameWidth));
    // Answers come back in order (one worker), so stretches keep the capture's order.
    this.pending = this.pending.then(() => measured.then((m) => this.tracker.add(stretch, m.cues, m.ms)));
  }

  /** Resolves once every frame given so far has been measured. */
  settled(): Promise<void> {
    return this.pending;
  }

  evidence() {
    return this.tracker.evidence();
  }
}
