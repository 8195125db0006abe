import type { FaceCaptureInput } from '../../../common/contract/services/personFlows';
import { presentationAttackEvidenceSchema } from '../../../common/contract/services/presentationAttack';
import type { FaceCaptured } from '../../capture/face/faceCaptureResult';

/** base64 of a Blob, in chunks so a large photo does not overflow the argument list. */
export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * What main needs of a capture: the frame and the liveness measurements, no verdict. Main judges
 * the measurements itself; what the page thinks of them is not asked.
 */
export async function captureForMain(captured: FaceCaptured): Promise<FaceCaptureInput> {
  const { liveness, quality, timings, frames } = captured.evidence;
  // Sent as measured when it has the contract's shape; main decides what a missing one means.
  const presented = presentationAttackEvidenceSchema.safeParse(captured.evidence.analysers['presentationAttack']);
  return {
    jpegBase64: await blobToBase64(captured.jpeg),
    liveness: {
      attempts: liveness.attempts,
      challenges: liveness.challenges.slice(-30).map((c) => ({
        kind: c.kind,
        attempt: c.attempt,
        passed: c.passed,
        durationMs: Math.max(0, Math.round(c.durationMs)),
        peak: Math.min(10, Math.max(0, c.peak)),
      })),
      frames: { processed: frames.processed, withOneFace: frames.withOneFace },
      totalMs: Math.max(0, Math.round(timings.totalMs)),
      detectionScore: Math.min(1, Math.max(0, quality.detectionScore)),
    },
    ...(presented.success ? { presentationAttack: presented.data } : {}),
  };
}
