/**
 * Action liveness: a short random sequence of head movements, judged from keypoint motion.
 *
 * Yaw and pitch (see faceGeometry.ts) are ratios a flat picture keeps constant however it is
 * moved, zoomed, rolled or tilted, so only a real head can reach the thresholds. Swapping
 * pictures shows up as a jump rather than motion and resets the challenge's progress.
 * This defeats printed photos, not a replayed video of the citizen.
 *
 * Blink and open-mouth are judged from the face mesh (eye aspect ratio, lip gap over mouth width)
 * with hysteresis: closing below one mark and opening above a higher one, so noise around one
 * threshold cannot pass. Main chooses the sequence (see issuedChallenges in FaceCapture), so a
 * recording of one movement does not answer it.
 */
export type ChallengeKind = 'turnLeft' | 'turnRight' | 'nod' | 'blink' | 'openMouth';
/** What the page draws when main has not issued a sequence (the staff camera check): head movements. */
export const CHALLENGE_KINDS: readonly ChallengeKind[] = ['turnLeft', 'turnRight', 'nod'];

export interface LivenessConfig {
  /** Challenges per attempt, drawn without repetition. */
  count: number;
  /**
   * A fixed sequence used for every attempt instead of a random draw (tests, and staff checks of
   * one movement). Production leaves it unset: a predictable sequence is easier to replay.
   */
  sequence?: readonly ChallengeKind[];
  /** Time for one challenge, from its prompt (including returning to a level head). */
  timeLimitMs: number;
  /** Attempts of the whole sequence; a failed challenge starts a new, re-drawn sequence. */
  maxAttempts: number;
  /** A level head: |yaw| below this and pitch steady over `neutralFrames` frames. */
  neutralYaw: number;
  neutralFrames: number;
  neutralSpread: number;
  /** A turn: yaw moved this far from the level baseline, in the asked direction. */
  turnYaw: number;
  /** A nod: pitch moved this far from the baseline, then came back within half of it. */
  nodPitch: number;
  /** Eyes closed: eye aspect ratio below this; open again above `eyeOpen` (about 0.3 open, 0.05 shut). */
  eyeClosed: number;
  eyeOpen: number;
  /** Mouth open: lip gap over mouth width above this, then closed again below `mouthClosed`. */
  mouthOpen: number;
  mouthClosed: number;
  /** Consecutive frames beyond the threshold needed, so one noisy frame cannot pass. */
  holdFrames: number;
  /** Fastest plausible head motion, yaw/pitch units per second; faster is a jump. */
  maxRatePerSec: number;
  /** Minimum allowed per-frame change, so timing jitter does not flag real motion as a jump. */
  minStep: number;
  /** Longest tolerated loss of the face (turned heads sometimes drop a frame or two). */
  maxGapMs: number;
  /** The face centre may move at most this many eye distances between two frames. */
  maxCentreJump: number;
}

export const DEFAULT_LIVENESS: LivenessConfig = {
  count: 2,
  timeLimitMs: 8000,
  maxAttempts: 3,
  neutralYaw: 0.12,
  neutralFrames: 5,
  neutralSpread: 0.06,
  turnYaw: 0.2,
  nodPitch: 0.07,
  eyeClosed: 0.15,
  eyeOpen: 0.22,
  mouthOpen: 0.35,
  mouthClosed: 0.15,
  holdFrames: 3,
  maxRatePerSec: 4,
  minStep: 0.12,
  maxGapMs: 600,
  maxCentreJump: 0.6,
};

/** One frame's pose, or null when there was not exactly one face. */
export interface PoseSample {
  tMs: number;
  yaw: number;
  pitch: number;
  centreX: number;
  centreY: number;
  eyeDistancePx: number;
  /** Eye aspect ratio and lip gap ratio from the face mesh; null when the mesh gave nothing. */
  eyeOpen?: number | null;
  mouthOpen?: number | null;
}

export interface ChallengeRecord {
  kind: ChallengeKind;
  attempt: number;
  passed: boolean;
  /** From prompt to pass or timeout. */
  durationMs: number;
  /**
   * Largest movement reached towards the threshold: yaw or pitch units for head movements, the
   * drop of the eye ratio from the open eye (its level value, or its value on reopening) to the
   * shut eye for a blink, the lip gap ratio for open-mouth.
   */
  peak: number;
}

export type LivenessEvent = 'passedChallenge' | 'timeout' | 'jump' | 'lostFace';

export interface LivenessStatus {
  state: 'running' | 'passed' | 'failed';
  challenge: ChallengeKind | null;
  /** 'level': waiting for a level head before the movement; 'move': the movement is asked. */
  step: 'level' | 'move' | null;
  index: number;
  attempt: number;
  /** Set on the frame where it happened. */
  event: LivenessEvent | null;
}

/** The challenges of one attempt: the fixed sequence when configured, else a random draw. */
export function planChallenges(config: Pick<LivenessConfig, 'count' | 'sequence'>, random: () => number): ChallengeKind[] {
  if (config.sequence && config.sequence.length > 0) return [...config.sequence];
  return drawChallenges(config.count, random);
}

/** Fisher–Yates draw of `count` distinct challenges; `random` returns [0, 1). */
export function drawChallenges(count: number, random: () => number): ChallengeKind[] {
  const pool = [...CHALLENGE_KINDS];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as ChallengeKind, pool[i] as ChallengeKind];
  }
  return pool.slice(0, Math.min(count, pool.length));
}

export class LivenessJudge {
  private plan: ChallengeKind[];
  private index = 0;
  private attempt = 1;
  private state: LivenessStatus['state'] = 'running';
  private step: 'level' | 'move' = 'level';
  private promptAt: number | null = null;
  private level: PoseSample[] = [];
  private baseline = { yaw: 0, pitch: 0, eyeOpen: 0 };
  private hold = 0;
  /** The first half of a two-part movement (nod down, eyes shut, mouth open) was held. */
  private nodReached = false;
  private peak = 0;
  /** The lowest eye ratio since the blink was asked (this try). */
  private lowest = Infinity;
  private last: PoseSample | null = null;
  private lastSeenMs: number | null = null;
  private readonly records: ChallengeRecord[] = [];

  constructor(
    private readonly config: LivenessConfig = DEFAULT_LIVENESS,
    private readonly random: () => number = Math.random,
  ) {
    this.plan = planChallenges(config, random);
  }

  get history(): readonly ChallengeRecord[] {
    return this.records;
  }

  get attempts(): number {
    return this.attempt;
  }

  /** The challenge being asked (its level step included), null once the judge has finished. */
  get currentChallenge(): ChallengeKind | null {
    return this.state === 'running' ? (this.plan[this.index] ?? null) : null;
  }

  /** Challenges in the current attempt. */
  get planLength(): number {
    return this.plan.length;
  }

  update(tMs: number, sample: PoseSample | null): LivenessStatus {
    if (this.state !== 'running') return this.status(null);
    this.promptAt ??= tMs;

    let event: LivenessEvent | null = null;
    if (tMs - this.promptAt > this.config.timeLimitMs) {
      return this.status(this.fail(tMs));
    }
    if (sample === null) {
      if (this.lastSeenMs !== null && tMs - this.lastSeenMs > this.config.maxGapMs) {
        this.restartChallenge();
        this.lastSeenMs = null;
        event = 'lostFace';
      }
      return this.status(event);
    }
    if (this.last && !this.continuous(this.last, sample)) {
      this.restartChallenge();
      event = 'jump';
    }
    this.last = sample;
    this.lastSeenMs = tMs;

    if (this.step === 'level') this.trackLevel(sample);
    else if (this.trackMove(sample)) event = this.pass(tMs);
    return this.status(event);
  }

  private continuous(a: PoseSample, b: PoseSample): boolean {
    const dt = Math.max(0, b.tMs - a.tMs) / 1000;
    const maxStep = Math.max(this.config.minStep, this.config.maxRatePerSec * dt);
    const jump = Math.hypot(b.centreX - a.centreX, b.centreY - a.centreY) / Math.max(1, a.eyeDistancePx);
    return Math.abs(b.yaw - a.yaw) <= maxStep && Math.abs(b.pitch - a.pitch) <= maxStep && jump <= this.config.maxCentreJump;
  }

  private trackLevel(s: PoseSample): void {
    if (Math.abs(s.yaw) > this.config.neutralYaw) {
      this.level = [];
      return;
    }
    this.level.push(s);
    if (this.level.length > this.config.neutralFrames) this.level.shift();
    if (this.level.length < this.config.neutralFrames) return;
    const spread = (f: (p: PoseSample) => number) => Math.max(...this.level.map(f)) - Math.min(...this.level.map(f));
    if (spread((p) => p.yaw) > this.config.neutralSpread || spread((p) => p.pitch) > this.config.neutralSpread) return;
    const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((acc, x) => acc + x, 0) / xs.length : 0);
    // Only frames the mesh saw have an eye ratio (it runs on about every other frame). The open-eye
    // value is their upper median: a natural blink inside the level frames must not lower it.
    const eyeRatios = this.level.flatMap((p) => (p.eyeOpen === null || p.eyeOpen === undefined ? [] : [p.eyeOpen])).sort((a, b) => a - b);
    this.baseline = { yaw: mean(this.level.map((p) => p.yaw)), pitch: mean(this.level.map((p) => p.pitch)), eyeOpen: eyeRatios[eyeRatios.length >> 1] ?? 0 };
    this.step = 'move';
    this.hold = 0;
  }

  /** True when the asked movement is complete. */
  private trackMove(s: PoseSample): boolean {
    const kind = this.plan[this.index];
    if (kind === 'blink' || kind === 'openMouth') return this.trackFeature(kind, s);
    if (kind === 'nod') {
      const delta = Math.abs(s.pitch - this.baseline.pitch);
      this.peak = Math.max(this.peak, delta);
      if (!this.nodReached) {
        this.hold = delta >= this.config.nodPitch ? this.hold + 1 : 0;
        this.nodReached = this.hold >= this.config.holdFrames;
        return false;
      }
      return delta <= this.config.nodPitch / 2;
    }
    const towards = kind === 'turnLeft' ? s.yaw - this.baseline.yaw : this.baseline.yaw - s.yaw;
    this.peak = Math.max(this.peak, towards);
    this.hold = towards >= this.config.turnYaw ? this.hold + 1 : 0;
    return this.hold >= this.config.holdFrames;
  }

  /** Shut then open (blink), or open then shut (mouth), each held for the hold frames. */
  private trackFeature(kind: 'blink' | 'openMouth', s: PoseSample): boolean {
    const value = kind === 'blink' ? s.eyeOpen : s.mouthOpen;
    if (value === null || value === undefined) return false;
    const c = this.config;
    if (kind === 'blink') {
      this.lowest = Math.min(this.lowest, value);
      this.peak = Math.max(this.peak, this.baseline.eyeOpen - value);
    } else this.peak = Math.max(this.peak, value);
    const first = kind === 'blink' ? value <= c.eyeClosed : value >= c.mouthOpen;
    const second = kind === 'blink' ? value >= c.eyeOpen : value <= c.mouthClosed;
    if (!this.nodReached) {
      // A blink is short (100–300 ms): one shut frame at camera rate is all a quick one gives.
      const need = kind === 'blink' ? 1 : c.holdFrames;
      this.hold = first ? this.hold + 1 : 0;
      this.nodReached = this.hold >= need;
      return false;
    }
    // The level frames may have fallen inside the blink itself: the reopened eye shows the drop too.
    if (second && kind === 'blink') this.peak = Math.max(this.peak, value - this.lowest);
    return second;
  }

  private pass(tMs: number): LivenessEvent {
    this.record(tMs, true);
    this.index++;
    if (this.index >= this.plan.length) this.state = 'passed';
    else this.nextChallenge();
    return 'passedChallenge';
  }

  private fail(tMs: number): LivenessEvent {
    this.record(tMs, false);
    if (this.attempt >= this.config.maxAttempts) {
      this.state = 'failed';
      return 'timeout';
    }
    this.attempt++;
    this.plan = planChallenges(this.config, this.random);
    this.index = 0;
    this.nextChallenge();
    return 'timeout';
  }

  private record(tMs: number, passed: boolean): void {
    const kind = this.plan[this.index];
    if (!kind) return;
    this.records.push({ kind, attempt: this.attempt, passed, durationMs: tMs - (this.promptAt ?? tMs), peak: this.peak });
  }

  private nextChallenge(): void {
    this.promptAt = null;
    this.peak = 0;
    this.restartChallenge();
  }

  /** Progress of the current challenge is dropped; its clock keeps running. */
  private restartChallenge(): void {
    this.step = 'level';
    this.level = [];
    this.hold = 0;
    this.nodReached = false;
    this.lowest = Infinity;
    this.last = null;
  }

  private status(event: LivenessEvent | null): LivenessStatus {
    const running = this.state === 'running';
    return {
      state: this.state,
      challenge: running ? (this.plan[this.index] ?? null) : null,
      step: running ? this.step : null,
      index: this.index,
      attempt: this.attempt,
      event,
    };
  }
}
