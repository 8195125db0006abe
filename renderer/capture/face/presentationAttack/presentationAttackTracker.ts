import type { PresentationAttackEvidence, PresentationCueSummary } from '../../../../common/contract/services/presentationAttack';
import type { PresentationCues } from './presentationCues';

/** Bumped when a cue's definition changes, so main can tell figures measured differently apart. */
export const PRESENTATION_CUES_VERSION = 1;

const MAX_STRETCHES = 40;

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;
const round = (v: number, digits = 4) => Math.round(v * 10 ** digits) / 10 ** digits;

interface Stretch {
  name: string;
  cues: PresentationCues[];
}

/**
 * Collects the cues of one capture, split into stretches by what the session asked at the time
 * (a new stretch each time that changes), and summarises them as evidence for main.
 */
export class PresentationAttackTracker {
  private readonly stretches: Stretch[] = [];
  private readonly frameMs: number[] = [];

  add(stretch: string, cues: PresentationCues, analyseMs: number): void {
    const last = this.stretches[this.stretches.length - 1];
    if (last && last.name === stretch) last.cues.push(cues);
    else this.stretches.push({ name: stretch, cues: [cues] });
    this.frameMs.push(analyseMs);
  }

  get framesAnalysed(): number {
    return this.frameMs.length;
  }

  evidence(): PresentationAttackEvidence {
    const summarise = (cues: readonly PresentationCues[]): PresentationCueSummary => ({
      moire: round(median(cues.map((c) => c.moire))),
      glare: round(median(cues.map((c) => c.glare))),
      frameEdges: round(median(cues.map((c) => c.frameEdges))),
    });
    // The most recent stretches matter most (the challenges that passed and the kept frame).
    const kept = this.stretches.slice(-MAX_STRETCHES);
    return {
      method: 'rgb-cues',
      version: PRESENTATION_CUES_VERSION,
      framesAnalysed: this.frameMs.length,
      frameMs: { median: round(median(this.frameMs), 2), p95: round(p95(this.frameMs), 2) },
      stretches: kept.map((s) => ({ stretch: s.name, frames: s.cues.length, ...summarise(s.cues) })),
    };
  }
}
