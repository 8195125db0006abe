import type { FaceCaptureInput } from '../../../../common/contract/services/personFlows';

/**
 * What main requires of a capture before it tells the identity API the person was live. The page
 * reports what it measured; main checks it against these bounds and sets the score itself.
 */
export interface LivenessPolicy {
  /** Distinct movements passed in the final attempt. */
  minChallenges: number;
  maxAttempts: number;
  /** A movement done faster than this is not a head (three held frames at camera rate). */
  minChallengeMs: number;
  maxChallengeMs: number;
  /** Movement reached: yaw ratio for a turn, pitch ratio for a nod (the page's own pass marks). */
  minTurnPeak: number;
  minNodPeak: number;
  /** Frames with exactly one face, and their share of the frames processed. */
  minFramesWithFace: number;
  minFaceFrameShare: number;
  minDetectionScore: number;
  /** The kept portrait: a whole JPEG of at least this size and these dimensions. */
  minJpegBytes: number;
  minWidth: number;
  minHeight: number;
  /**
   * Refuse a capture that answers no challenge order main issued. A capture that names an issued
   * order is always held to it (once, in time, in that order).
   */
  requireIssuedChallenges: boolean;
  /** Blink: drop of the eye ratio below its level value; open mouth: lip gap over mouth width. */
  minBlinkDrop: number;
  minMouthOpen: number;
}

export const defaultLivenessPolicy: LivenessPolicy = {
  minChallenges: 2,
  maxAttempts: 3,
  minChallengeMs: 400,
  maxChallengeMs: 8000,
  minTurnPeak: 0.2,
  minNodPeak: 0.07,
  minFramesWithFace: 10,
  minFaceFrameShare: 0.5,
  minDetectionScore: 0.5,
  minJpegBytes: 4096,
  minWidth: 240,
  minHeight: 320,
  requireIssuedChallenges: true,
  minBlinkDrop: 0.1,
  minMouthOpen: 0.35,
};

export interface LivenessVerdict {
  passed: boolean;
  /** 0 when refused; otherwise above the identity API's pass mark, scaled by how steadily one face was seen. */
  score: number;
  /** Movements passed in the final attempt, in order. */
  moves: Array<FaceCaptureInput['liveness']['challenges'][number]['kind']>;
  /** Why it was refused (for the log), empty when it passed. */
  reasons: string[];
}

/** Width and height from a JPEG's frame header, if the bytes are a whole baseline or progressive JPEG. */
export function jpegDimensions(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  if (bytes[bytes.length - 2] !== 0xff || bytes[bytes.length - 1] !== 0xd9) return undefined;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    const length = bytes.readUInt16BE(at + 2);
    // SOF0..SOF3, SOF5..SOF7, SOF9..SOF11, SOF13..SOF15 (not DHT C4, JPG C8, DAC CC).
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      if (at + 9 > bytes.length) return undefined;
      return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    }
    if (marker === 0xda || length < 2) return undefined;
    at += 2 + length;
  }
  return undefined;
}

function minPeak(kind: FaceCaptureInput['liveness']['challenges'][number]['kind'], policy: LivenessPolicy): number {
  if (kind === 'nod') return policy.minNodPeak;
  if (kind === 'blink') return policy.minBlinkDrop;
  if (kind === 'openMouth') return policy.minMouthOpen;
  return policy.minTurnPeak;
}

/** Main's own liveness verdict on a capture: the evidence within bounds, the portrait a real photo. */
export function judgeLiveness(capture: FaceCaptureInput, policy: LivenessPolicy = defaultLivenessPolicy, order?: readonly string[]): LivenessVerdict {
  const reasons: string[] = [];
  // `order`: why the capture does not answer the order main issued (FaceChallengeIssuer.redeem).
  if (order && order.length > 0 && (capture.challengeNonce !== undefined || policy.requireIssuedChallenges)) reasons.push(...order);
  else if (!order && policy.requireIssuedChallenges) reasons.push('no issued challenge order');
  const { liveness } = capture;
  const image = Buffer.from(capture.jpegBase64, 'base64');
  const size = jpegDimensions(image);
  if (image.length < policy.minJpegBytes) reasons.push(`portrait of ${image.length} bytes`);
  if (!size) reasons.push('portrait is not a whole JPEG');
  else if (size.width < policy.minWidth || size.height < policy.minHeight) reasons.push(`portrait of ${size.width}x${size.height}`);

  const finalAttempt = Math.max(0, ...liveness.challenges.map((c) => c.attempt));
  const final = liveness.challenges.filter((c) => c.attempt === finalAttempt);
  const moves = final.filter((c) => c.passed).map((c) => c.kind);
  if (finalAttempt < 1 || finalAttempt > policy.maxAttempts || liveness.attempts !== finalAttempt)
    reasons.push(`attempt ${finalAttempt} of ${liveness.attempts}`);
  if (final.some((c) => !c.passed)) reasons.push('a movement of the final attempt failed');
  if (new Set(moves).size < policy.minChallenges || new Set(moves).size !== moves.length) reasons.push(`${new Set(moves).size} distinct movements`);
  for (const c of final) {
    if (c.durationMs < policy.minChallengeMs || c.durationMs > policy.maxChallengeMs) reasons.push(`${c.kind} took ${c.durationMs} ms`);
    if (c.peak < minPeak(c.kind, policy)) reasons.push(`${c.kind} reached ${c.peak}`);
  }
  const spent = liveness.challenges.reduce((sum, c) => sum + c.durationMs, 0);
  if (liveness.totalMs < spent) reasons.push('capture shorter than its movements');
  const { processed, withOneFace } = liveness.frames;
  if (withOneFace < policy.minFramesWithFace || withOneFace > processed || withOneFace < processed * policy.minFaceFrameShare) {
    reasons.push(`${withOneFace} of ${processed} frames with one face`);
  }
  if (liveness.detectionScore < policy.minDetectionScore) reasons.push(`detection score ${liveness.detectionScore}`);

  if (reasons.length > 0) return { passed: false, score: 0, moves, reasons };
  const steadiness = processed === 0 ? 0 : withOneFace / processed;
  return { passed: true, score: Math.round((0.6 + 0.4 * steadiness) * 1000) / 1000, moves, reasons };
}
