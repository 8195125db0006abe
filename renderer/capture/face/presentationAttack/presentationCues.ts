import type { PixelFrame } from '../frameQuality';
import type { DetectedFace } from '../types';
import { enclosingEdgeScore } from './frameEdgeCue';
import { glareShare } from './glareCue';
import { moireScore } from './moireCue';

/** What one camera frame shows of a presented face being a screen or a print. Higher is more suspect. */
export interface PresentationCues {
  /** log10 peak-over-median of fine regular texture on the face (screen grid, moire, halftone). */
  moire: number;
  /** Share of clipped-white pixels around the face (reflection on glass or gloss). */
  glare: number;
  /** Share of the face's height framed by straight edges on both sides (bezel, paper edge). */
  frameEdges: number;
}

/**
 * Measures the cues on a frame at the camera's own resolution (`frame` in the same pixels as
 * the face's box and keypoints): downscaling first would erase the fine patterns they look for.
 */
export function measurePresentationCues(frame: PixelFrame, face: DetectedFace): PresentationCues {
  const k = face.keypoints;
  // Between the eye line and the mouth: cheeks and nose, away from hair and the face's outline.
  const centre = { x: (k.rightEye.x + k.leftEye.x + 2 * k.noseTip.x) / 4, y: ((k.rightEye.y + k.leftEye.y) / 2 + k.noseTip.y + k.mouth.y) / 3 };
  return {
    moire: moireScore(frame, centre),
    glare: glareShare(frame, face.box),
    frameEdges: enclosingEdgeScore(frame, face.box),
  };
}
