import { buildCaptureEvidence } from './captureEvidence';
import type { CaptureEvidence } from './captureEvidence';
import { portraitCrop, qualityScore } from './bestFrame';
import { DEFAULT_LIMITS, evaluateChecks, POSE_CHECKS } from './faceChecks';
import type { CheckId, QualityLimits } from './faceChecks';
import { measureFaceGeometry } from './faceGeometry';
import type { FaceGeometry } from './faceGeometry';
import type { FaceLandmarks, FrameAnalyser } from './frameAnalyser';
import { measureFrameQuality } from './frameQuality';
import { eyeAspectRatio, mouthOpenRatio } from './landmarkRatios';
import type { FrameQuality, PixelFrame } from './frameQuality';
import { DEFAULT_GUIDANCE_TIMING, Guidance, instructionForChecks } from './guidance';
import type { GuidanceTiming, InstructionCode } from './guidance';
import { DEFAULT_LIVENESS, LivenessJudge } from './livenessChallenges';
import type { ChallengeKind, ChallengeRecord, LivenessConfig, LivenessStatus, PoseSample } from './livenessChallenges';
import type { Box, FrameDetection } from './types';

export type CapturePhase = 'positioning' | 'liveness' | 'capturing' | 'done' | 'failed';

/** Why a session failed: the challenges were not completed, or no good frame came after them. */
export type SessionFailure = 'liveness' | 'timeout';

/** Where the citizen is in the challenges (1-based `current`, for "2 of 3"). */
export interface ChallengeProgress {
  /** Challenges completed in the current attempt. */
  passed: number;
  total: number;
  attempt: number;
  maxAttempts: number;
}

export interface FaceCaptureConfig {
  limits: QualityLimits;
  liveness: LivenessConfig;
  guidance: GuidanceTiming;
  /** Consecutive all-good frames before the challenges start. */
  readyFrames: number;
  /** After the challenges, how long good frames are collected to pick the best one. */
  captureWindowMs: number;
  /** Give up when no good frame arrives this long after the challenges. */
  captureTimeoutMs: number;
}

export const DEFAULT_CAPTURE_CONFIG: FaceCaptureConfig = {
  limits: DEFAULT_LIMITS,
  liveness: DEFAULT_LIVENESS,
  guidance: DEFAULT_GUIDANCE_TIMING,
  readyFrames: 5,
  captureWindowMs: 1000,
  captureTimeoutMs: 10_000,
};

export interface FrameOutcome {
  phase: CapturePhase;
  /** The instruction to show and speak (already debounced). */
  instruction: InstructionCode;
  failing: ReadonlySet<CheckId>;
  challenge: ChallengeKind | null;
  /** Challenge progress from the start of the liveness phase on; null while positioning. */
  progress: ChallengeProgress | null;
  /** Set when this frame is the best so far: copy this crop of the current frame now. */
  keep: Box | null;
  geometry: FaceGeometry | null;
  quality: FrameQuality | null;
}

const MOTION_TOLERANT: ReadonlySet<CheckId> = new Set([...POSE_CHECKS, 'blurry']);
const CHALLENGE_INSTRUCTION: Record<ChallengeKind, InstructionCode> = {
  turnLeft: 'face.turnLeft',
  turnRight: 'face.turnRight',
  nod: 'face.nod',
  blink: 'face.blink',
  openMouth: 'face.openMouth',
};

/**
 * One citizen's face capture: per-frame checks → positioning guidance → liveness challenges →
 * best frame. Plain logic over detections and (downscaled) pixels; the caller owns the camera,
 * the detector and the pixel copy of the kept frame.
 */
export class FaceCaptureSession {
  private phase: CapturePhase = 'positioning';
  private failing: Set<CheckId> = new Set();
  private readonly guidance: Guidance;
  private judge: LivenessJudge;
  private attemptsUsed = 0;
  private earlierChallenges: ChallengeRecord[] = [];
  private goodFrames = 0;
  private startedMs: number | null = null;
  private lastMs = 0;
  private firstFaceMs: number | null = null;
  private livenessDoneMs: number | null = null;
  private capturedMs: number | null = null;
  private lastFaceMs: number | null = null;
  private lastCentre: { x: number; y: number; eye: number } | null = null;
  private best: { score: number; detectionScore: number; geometry: FaceGeometry; quality: FrameQuality } | null = null;
  private processed = 0;
  private withOneFace = 0;
  private failure: SessionFailure | null = null;
  private passedInAttempt = 0;

  constructor(
    private readonly config: FaceCaptureConfig = DEFAULT_CAPTURE_CONFIG,
    private readonly random: () => number = Math.random,
    private readonly analysers: readonly FrameAnalyser[] = [],
  ) {
    this.guidance = new Guidance(config.guidance);
    this.judge = new LivenessJudge(config.liveness, random);
  }

  get currentPhase(): CapturePhase {
    return this.phase;
  }

  /**
   * Whether the next frame needs the face mesh: only a blink or open-mouth challenge (its level
   * step too, for the open-eye baseline) is judged from landmarks, and the mesh costs about twice
   * the detector per frame, so it rests the rest of the time.
   */
  get wantsLandmarks(): boolean {
    if (this.phase !== 'liveness') return false;
    const kind = this.judge.currentChallenge;
    return kind === 'blink' || kind === 'openMouth';
  }

  /** Set once the phase is 'failed'. */
  get failureReason(): SessionFailure | null {
    return this.failure;
  }

  /**
   * `pixels` is the same frame scaled to any size (a small copy is enough), or null to skip the
   * light and sharpness checks. `landmarks`: the face mesh of the same frame, when it ran.
   */
  processFrame(detection: FrameDetection, pixels: PixelFrame | null, landmarks: FaceLandmarks | null = null): FrameOutcome {
    const t = detection.timestampMs;
    this.startedMs ??= t;
    this.lastMs = t;
    this.processed++;
    const face = detection.faces.length === 1 ? detection.faces[0] : undefined;
    const geometry = face ? measureFaceGeometry(face.keypoints, face.box, detection.frameWidth, detection.frameHeight) : null;
    let quality: FrameQuality | null = null;
    if (face && pixels) {
      const s = pixels.width / detection.frameWidth;
      quality = measureFrameQuality(pixels, { x: face.box.x * s, y: face.box.y * s, width: face.box.width * s, height: face.box.height * s });
    }
    if (face) {
      this.withOneFace++;
      this.firstFaceMs ??= t;
    }

    const skipPose = this.phase === 'liveness';
    this.failing = evaluateChecks({ faceCount: detection.faces.length, geometry, quality }, this.config.limits, this.failing, { skipPose });
    const failing = this.failing;
    let wanted: InstructionCode = instructionForChecks(failing) ?? 'face.capturing';
    let keep: Box | null = null;
    let challenge: ChallengeKind | null = null;

    if (this.phase === 'positioning') {
      // All good: hold still for the few frames before the movements are asked.
      if (failing.size === 0) wanted = 'face.holdStill';
      this.goodFrames = failing.size === 0 ? this.goodFrames + 1 : 0;
      if (this.goodFrames >= this.config.readyFrames) this.phase = 'liveness';
    }

    if (this.phase === 'liveness') {
      const sample: PoseSample | null =
        face && geometry
          ? {
              tMs: t,
              yaw: geometry.yaw,
              pitch: geometry.pitch,
              centreX: face.box.x + face.box.width / 2,
              centreY: face.box.y + face.box.height / 2,
              eyeDistancePx: geometry.eyeDistancePx,
              eyeOpen: landmarks ? eyeAspectRatio(landmarks) : null,
              mouthOpen: landmarks ? mouthOpenRatio(landmarks) : null,
            }
          : null;
      const status = this.judge.update(t, sample);
      challenge = status.challenge;
      this.passedInAttempt = status.state === 'passed' ? this.judge.planLength : status.index;
      wanted = this.livenessInstruction(status, failing);
      if (status.state === 'passed') {
        this.phase = 'capturing';
        this.livenessDoneMs = t;
        wanted = 'face.lookStraight';
      } else if (status.state === 'failed') {
        this.fail('liveness');
        wanted = 'face.failed';
      }
    } else if (this.phase === 'capturing') {
      if (!this.trackContinues(t, face?.box ?? null, geometry)) {
        wanted = this.restartLiveness() ? 'face.retry' : 'face.failed';
      } else {
        if (face && geometry && quality && failing.size === 0) {
          const score = qualityScore(geometry, quality, face.score, this.config.limits);
          if (!this.best || score > this.best.score) {
            this.best = { score, detectionScore: face.score, geometry, quality };
            this.capturedMs = t;
            keep = portraitCrop(face.box, detection.frameWidth, detection.frameHeight);
          }
        }
        const since = t - (this.livenessDoneMs ?? t);
        if (this.best && since >= this.config.captureWindowMs) {
          this.phase = 'done';
          wanted = 'face.done';
        } else if (!this.best && since >= this.config.captureTimeoutMs) {
          this.fail('timeout');
          wanted = 'face.failed';
        }
      }
    } else if (this.phase === 'done') {
      wanted = 'face.done';
    } else if (this.phase === 'failed') {
      wanted = 'face.failed';
    }

    if (face && geometry) this.lastCentre = { x: face.box.x + face.box.width / 2, y: face.box.y + face.box.height / 2, eye: geometry.eyeDistancePx };
    if (face) this.lastFaceMs = t;
    for (const a of this.analysers) {
      a.analyse({ timestampMs: t, phase: this.phase, challenge, detection, face: face ?? null, geometry, pixels: face ? pixels : null, landmarks });
    }
    return { phase: this.phase, instruction: this.guidance.update(wanted, t), failing, challenge, progress: this.progress(), keep, geometry, quality };
  }

  private progress(): ChallengeProgress | null {
    if (this.phase === 'positioning') return null;
    return {
      passed: this.passedInAttempt,
      total: this.judge.planLength,
      attempt: Math.min(this.attemptsUsed + this.judge.attempts, this.config.liveness.maxAttempts),
      maxAttempts: this.config.liveness.maxAttempts,
    };
  }

  private fail(reason: SessionFailure): void {
    this.phase = 'failed';
    this.failure ??= reason;
  }

  /** The evidence for the identity API; valid once the phase is 'done' (or 'failed', for the audit). */
  evidence(delegate: 'CPU' | 'GPU'): CaptureEvidence {
    const b = this.best;
    return buildCaptureEvidence({
      delegate,
      livenessPassed: this.livenessDoneMs !== null && this.phase === 'done',
      attempts: this.attemptsUsed + this.judge.attempts,
      challenges: [...this.earlierChallenges, ...this.judge.history],
      quality: {
        score: b?.score ?? 0,
        detectionScore: b?.detectionScore ?? 0,
        faceSize: b?.geometry.size ?? 0,
        yaw: b?.geometry.yaw ?? 0,
        pitch: b?.geometry.pitch ?? 0,
        rollDeg: b?.geometry.rollDeg ?? 0,
        meanLuma: b?.quality.meanLuma ?? 0,
        lumaStd: b?.quality.lumaStd ?? 0,
        sharpness: b?.quality.sharpness ?? 0,
      },
      startedMs: this.startedMs ?? 0,
      firstFaceMs: this.firstFaceMs,
      livenessDoneMs: this.livenessDoneMs,
      capturedMs: this.capturedMs,
      endedMs: this.lastMs,
      processed: this.processed,
      withOneFace: this.withOneFace,
      analysers: Object.fromEntries(this.analysers.map((a) => [a.id, a.evidence()])),
    });
  }

  private livenessInstruction(status: LivenessStatus, failing: ReadonlySet<CheckId>): InstructionCode {
    if (status.event === 'timeout' && status.state === 'running') return 'face.retry';
    const blocking = [...failing].filter((id) => !MOTION_TOLERANT.has(id));
    const fix = instructionForChecks(new Set(blocking));
    if (fix) return fix;
    if (!status.challenge || status.step === 'level') return 'face.lookStraight';
    return CHALLENGE_INSTRUCTION[status.challenge];
  }

  /**
   * Between the challenges and the kept frame the same face must stay in view: losing it or a
   * jump (a photo swapped in after a live performance) sends the citizen back to the challenges.
   */
  private trackContinues(t: number, box: Box | null, geometry: FaceGeometry | null): boolean {
    const cfg = this.config.liveness;
    if (!box || !geometry) return this.lastFaceMs === null || t - this.lastFaceMs <= cfg.maxGapMs;
    if (!this.lastCentre) return true;
    const jump = Math.hypot(box.x + box.width / 2 - this.lastCentre.x, box.y + box.height / 2 - this.lastCentre.y) / Math.max(1, this.lastCentre.eye);
    return jump <= cfg.maxCentreJump;
  }

  /** False when no attempt is left (the session has failed). */
  private restartLiveness(): boolean {
    this.attemptsUsed += this.judge.attempts;
    this.earlierChallenges.push(...this.judge.history);
    this.best = null;
    this.capturedMs = null;
    this.livenessDoneMs = null;
    const remaining = this.config.liveness.maxAttempts - this.attemptsUsed;
    this.passedInAttempt = 0;
    if (remaining <= 0) {
      this.fail('liveness');
      return false;
    }
    this.judge = new LivenessJudge({ ...this.config.liveness, maxAttempts: remaining }, this.random);
    this.phase = 'liveness';
    return true;
  }
}

/** What a host may tune per use; everything else keeps its measured default. */
export interface CaptureOptions {
  /** Challenges per attempt (drawn at random from turn left / turn right / nod). */
  challengeCount?: number;
  /** Attempts of the whole challenge sequence before the session fails. */
  maxAttempts?: number;
  /** A fixed challenge sequence instead of the random draw (tests, staff camera checks). */
  challenges?: readonly ChallengeKind[];
  /** Time for one challenge. */
  challengeTimeMs?: number;
}

const positiveInt = (v: number | undefined, fallback: number, max: number) =>
  v !== undefined && Number.isFinite(v) && v >= 1 ? Math.min(max, Math.floor(v)) : fallback;

export function buildCaptureConfig(o: CaptureOptions = {}, base: FaceCaptureConfig = DEFAULT_CAPTURE_CONFIG): FaceCaptureConfig {
  const sequence = o.challenges && o.challenges.length > 0 ? [...o.challenges] : undefined;
  return {
    ...base,
    liveness: {
      ...base.liveness,
      count: positiveInt(o.challengeCount, base.liveness.count, 3),
      maxAttempts: positiveInt(o.maxAttempts, base.liveness.maxAttempts, 10),
      timeLimitMs: o.challengeTimeMs !== undefined && o.challengeTimeMs >= 1000 ? o.challengeTimeMs : base.liveness.timeLimitMs,
      ...(sequence ? { sequence } : {}),
    },
  };
}
