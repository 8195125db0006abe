import { CHECK_ORDER } from './faceChecks';
import type { CheckId } from './faceChecks';

/** Instruction codes shown to the citizen; translated by faceMessages.ts (nested under `face`) in the app's i18n. */
export type InstructionCode =
  | 'face.noFace'
  | 'face.oneFaceOnly'
  | 'face.tooFar'
  | 'face.tooClose'
  | 'face.centre'
  | 'face.headStraight'
  | 'face.lookStraight'
  | 'face.tooDark'
  | 'face.tooBright'
  | 'face.backlit'
  | 'face.lowContrast'
  | 'face.holdStill'
  | 'face.turnLeft'
  | 'face.turnRight'
  | 'face.nod'
  | 'face.blink'
  | 'face.openMouth'
  | 'face.retry'
  | 'face.capturing'
  | 'face.done'
  | 'face.failed';

const CHECK_INSTRUCTION: Record<CheckId, InstructionCode> = {
  noFace: 'face.noFace',
  multipleFaces: 'face.oneFaceOnly',
  tooFar: 'face.tooFar',
  tooClose: 'face.tooClose',
  offCentre: 'face.centre',
  rolled: 'face.headStraight',
  turned: 'face.lookStraight',
  tooDark: 'face.tooDark',
  tooBright: 'face.tooBright',
  backlit: 'face.backlit',
  lowContrast: 'face.lowContrast',
  blurry: 'face.holdStill',
};

/** The instruction for the most important failing check, or null when all pass. */
export function instructionForChecks(failing: ReadonlySet<CheckId>): InstructionCode | null {
  const first = CHECK_ORDER.find((id) => failing.has(id));
  return first ? CHECK_INSTRUCTION[first] : null;
}

export interface GuidanceTiming {
  /** A new instruction must be wanted this long before it replaces the shown one. */
  settleMs: number;
  /** A shown instruction stays at least this long (unless urgent), so it can be read aloud. */
  minShowMs: number;
}

export const DEFAULT_GUIDANCE_TIMING: GuidanceTiming = { settleMs: 250, minShowMs: 1200 };

/** Instructions that replace the shown one at once: the situation changed, not the quality. */
const URGENT: ReadonlySet<InstructionCode> = new Set(['face.noFace', 'face.oneFaceOnly', 'face.retry', 'face.done', 'face.failed']);

/** Debounces the wanted instruction into the shown one, so the screen and voice do not flicker. */
export class Guidance {
  private shown: InstructionCode | null = null;
  private shownAt = 0;
  private pending: InstructionCode | null = null;
  private pendingSince = 0;

  constructor(private readonly timing: GuidanceTiming = DEFAULT_GUIDANCE_TIMING) {}

  get current(): InstructionCode | null {
    return this.shown;
  }

  update(wanted: InstructionCode, nowMs: number): InstructionCode {
    if (wanted === this.shown || this.shown === null || URGENT.has(wanted)) {
      if (wanted !== this.shown) this.show(wanted, nowMs);
      this.pending = null;
      return wanted;
    }
    if (wanted !== this.pending) {
      this.pending = wanted;
      this.pendingSince = nowMs;
    }
    if (nowMs - this.pendingSince >= this.timing.settleMs && nowMs - this.shownAt >= this.timing.minShowMs) {
      this.show(wanted, nowMs);
      this.pending = null;
    }
    return this.shown;
  }

  reset(): void {
    this.shown = null;
    this.pending = null;
  }

  private show(code: InstructionCode, nowMs: number): void {
    this.shown = code;
    this.shownAt = nowMs;
  }
}
