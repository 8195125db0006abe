import type { FaceCaptureInput } from '../../../common/contract/services/personFlows';
import type { FaceCaptured } from '../../capture/face/faceCaptureResult';

/** base64 of a Blob, in chunks so a large photo does not overflow the argument list. */
export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** What main needs of a capture: the frame and a summary of the liveness evidence, nothing more. */
export async function captureForMain(captured: FaceCaptured): Promise<FaceCaptureInput> {
  const { liveness, quality } = captured.evidence;
  const lastAttempt = Math.max(1, ...liveness.challenges.map((c) => c.attempt));
  const moves = liveness.challenges.filter((c) => c.passed && c.attempt === lastAttempt).map((c) => c.kind);
  return {
    jpegBase64: await blobToBase64(captured.jpeg),
    liveness: { passed: liveness.passed, moves, detectionScore: Math.min(1, Math.max(0, quality.detectionScore)) },
  };
}
