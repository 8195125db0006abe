import type { FaceGeometry } from './faceGeometry';
import type { FrameQuality } from './frameQuality';

/** Per-frame checks, in the order the citizen should fix them (first failing one is shown). */
export const CHECK_ORDER = [
  'noFace',
  'multipleFaces',
  'tooFar',
  'tooClose',
  'offCentre',
  'rolled',
  'turned',
  'tooDark',
  'tooBright',
  'backlit',
  'lowContrast',
  'blurry',
] as const;
export type CheckId = (typeof CHECK_ORDER)[number];

/** Checks that measure head pose; suspended while a liveness challenge asks the citizen to move. */
export const POSE_CHECKS: ReadonlySet<CheckId> = new Set(['offCentre', 'rolled', 'turned']);

export interface QualityLimits {
  minSize: number;
  maxSize: number;
  maxOffset: number;
  maxRollDeg: number;
  maxYaw: number;
  /** Allowed pitch band (nose drop over mouth drop) for a level head. */
  minPitch: number;
  maxPitch: number;
  minLuma: number;
  maxLuma: number;
  minLumaStd: number;
  maxBacklight: number;
  minSharpness: number;
  /** A failing check clears only once its value is this fraction of the limit inside it. */
  hysteresis: number;
}

/**
 * Defaults for a 640×480 kiosk camera at arm's length. Pitch and sharpness bands were measured
 * with the real detector on the fixture photo (see docs/face-capture.md).
 */
export const DEFAULT_LIMITS: QualityLimits = {
  minSize: 0.22,
  maxSize: 0.6,
  maxOffset: 0.15,
  maxRollDeg: 12,
  maxYaw: 0.12,
  minPitch: 0.3,
  maxPitch: 0.7,
  minLuma: 70,
  maxLuma: 200,
  minLumaStd: 18,
  maxBacklight: 60,
  minSharpness: 25,
  hysteresis: 0.1,
};

export interface FrameMeasurements {
  faceCount: number;
  geometry: FaceGeometry | null;
  quality: FrameQuality | null;
}

/**
 * Failing checks for one frame. `wasFailing` is the previous frame's result: a check that failed
 * stays failing until its value is clearly back inside the limit, so a value hovering at the
 * limit does not flip the instruction every frame.
 */
export function evaluateChecks(
  m: FrameMeasurements,
  limits: QualityLimits,
  wasFailing: ReadonlySet<CheckId>,
  options: { skipPose?: boolean } = {},
): Set<CheckId> {
  const failing = new Set<CheckId>();
  if (m.faceCount === 0) failing.add('noFace');
  if (m.faceCount > 1) failing.add('multipleFaces');
  const g = m.geometry;
  if (m.faceCount !== 1 || !g) return failing;

  const h = limits.hysteresis;
  const above = (id: CheckId, value: number, max: number) => {
    if (value > (wasFailing.has(id) ? max * (1 - h) : max)) failing.add(id);
  };
  const below = (id: CheckId, value: number, min: number) => {
    if (value < (wasFailing.has(id) ? min * (1 + h) : min)) failing.add(id);
  };

  below('tooFar', g.size, limits.minSize);
  above('tooClose', g.size, limits.maxSize);
  if (!options.skipPose) {
    above('offCentre', Math.max(Math.abs(g.offsetX), Math.abs(g.offsetY)), limits.maxOffset);
    above('rolled', Math.abs(g.rollDeg), limits.maxRollDeg);
    above('turned', Math.abs(g.yaw), limits.maxYaw);
    // Pitch is a band, not a magnitude: each side gets its own hysteresis.
    below('turned', g.pitch, limits.minPitch);
    above('turned', g.pitch, limits.maxPitch);
  }
  const q = m.quality;
  if (q) {
    below('tooDark', q.meanLuma, limits.minLuma);
    above('tooBright', q.meanLuma, limits.maxLuma);
    above('backlit', q.backlight, limits.maxBacklight);
    below('lowContrast', q.lumaStd, limits.minLumaStd);
    below('blurry', q.sharpness, limits.minSharpness);
  }
  return failing;
}
