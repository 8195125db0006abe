import type { ChallengeRecord } from './livenessChallenges';

/** What the kiosk sends with the captured photo to the identity API. No pixels, no landmarks. */
export interface CaptureEvidence {
  version: 1;
  detector: { model: 'blazeface-short-range'; runtime: 'tasks-vision-0.10.35'; delegate: 'CPU' | 'GPU' };
  liveness: {
    passed: boolean;
    attempts: number;
    challenges: ChallengeRecord[];
  };
  /** Measurements of the kept frame. */
  quality: {
    score: number;
    detectionScore: number;
    faceSize: number;
    yaw: number;
    pitch: number;
    rollDeg: number;
    meanLuma: number;
    lumaStd: number;
    sharpness: number;
  };
  /** Milliseconds since the capture started (first frame processed). */
  timings: { firstFaceMs: number | null; livenessDoneMs: number | null; capturedMs: number | null; totalMs: number };
  frames: { processed: number; withOneFace: number };
  /** Each per-frame analyser's summary, by its id (see frameAnalyser.ts). */
  analysers: Record<string, unknown>;
}

export interface EvidenceInput {
  delegate: 'CPU' | 'GPU';
  livenessPassed: boolean;
  attempts: number;
  challenges: readonly ChallengeRecord[];
  quality: CaptureEvidence['quality'];
  startedMs: number;
  firstFaceMs: number | null;
  livenessDoneMs: number | null;
  capturedMs: number | null;
  endedMs: number;
  processed: number;
  withOneFace: number;
  analysers: Record<string, unknown>;
}

const round = (v: number, digits = 3) => Math.round(v * 10 ** digits) / 10 ** digits;
const since = (start: number, t: number | null) => (t === null ? null : Math.round(t - start));

export function buildCaptureEvidence(i: EvidenceInput): CaptureEvidence {
  const q = i.quality;
  return {
    version: 1,
    detector: { model: 'blazeface-short-range', runtime: 'tasks-vision-0.10.35', delegate: i.delegate },
    liveness: {
      passed: i.livenessPassed,
      attempts: i.attempts,
      challenges: i.challenges.map((c) => ({ ...c, durationMs: Math.round(c.durationMs), peak: round(c.peak) })),
    },
    quality: {
      score: round(q.score),
      detectionScore: round(q.detectionScore),
      faceSize: round(q.faceSize),
      yaw: round(q.yaw),
      pitch: round(q.pitch),
      rollDeg: round(q.rollDeg, 1),
      meanLuma: round(q.meanLuma, 1),
      lumaStd: round(q.lumaStd, 1),
      sharpness: round(q.sharpness, 1),
    },
    timings: {
      firstFaceMs: since(i.startedMs, i.firstFaceMs),
      livenessDoneMs: since(i.startedMs, i.livenessDoneMs),
      capturedMs: since(i.startedMs, i.capturedMs),
      totalMs: Math.round(i.endedMs - i.startedMs),
    },
    frames: { processed: i.processed, withOneFace: i.withOneFace },
    analysers: i.analysers,
  };
}
