import type { FrameAnalyser } from './frameAnalyser';
import { PresentationAttackAnalyser } from './presentationAttack/presentationAttackAnalyser';

/**
 * The per-frame analysers every face capture runs (fresh instances per capture, since they keep
 * state across its frames). Add an analyser here to have it see each frame and report to main.
 */
export function createFrameAnalysers(): FrameAnalyser[] {
  return [new PresentationAttackAnalyser()];
}
