import { defaultPresentationAttack } from '../../../../common/config/defaultHallConfig';
import type { PresentationAttackEvidence } from '../../../../common/contract/services/presentationAttack';

/**
 * What main holds a capture's presentation-attack cues to (hall config `face.presentationAttack`
 * over the defaults in defaultHallConfig.ts).
 */
export interface PresentationAttackPolicy {
  /** Refuse a capture that carries no cues at all (a page that did not measure them). */
  required: boolean;
  /** Frames the cues were measured on, over the whole capture. */
  minFramesAnalysed: number;
  /** A stretch (positioning, one challenge, the kept frame) is judged on its own from this many frames. */
  minStretchFrames: number;
  /** Regular fine texture on the face (screen grid, moire, print dots): log10 peak over median. */
  maxMoire: number;
  /** Share of clipped-white pixels around the face (reflection on glass or gloss paper). */
  maxGlare: number;
  /** Share of the face's height framed by straight edges on both sides (bezel, paper edge). */
  maxFrameEdges: number;
}

export const defaultPresentationAttackPolicy: PresentationAttackPolicy = { ...defaultPresentationAttack };

export interface PresentationAttackVerdict {
  passed: boolean;
  /** Why it was refused (for the log), empty when it passed. */
  reasons: string[];
}

/** Main's own verdict on the page's presentation-attack cues: every stretch of the capture within bounds. */
export function judgePresentationAttack(
  evidence: PresentationAttackEvidence | undefined,
  policy: PresentationAttackPolicy = defaultPresentationAttackPolicy,
): PresentationAttackVerdict {
  if (!evidence) return policy.required ? { passed: false, reasons: ['no presentation-attack cues'] } : { passed: true, reasons: [] };
  const reasons: string[] = [];
  if (evidence.framesAnalysed < policy.minFramesAnalysed) reasons.push(`cues measured on ${evidence.framesAnalysed} frames`);
  const counted = evidence.stretches.reduce((sum, s) => sum + s.frames, 0);
  if (counted > evidence.framesAnalysed) reasons.push(`stretches hold ${counted} of ${evidence.framesAnalysed} frames`);
  for (const s of evidence.stretches) {
    if (s.frames < policy.minStretchFrames) continue;
    if (s.moire > policy.maxMoire) reasons.push(`${s.stretch}: moire ${s.moire}`);
    if (s.glare > policy.maxGlare) reasons.push(`${s.stretch}: glare ${s.glare}`);
    if (s.frameEdges > policy.maxFrameEdges) reasons.push(`${s.stretch}: frame edges ${s.frameEdges}`);
  }
  return { passed: reasons.length === 0, reasons };
}
