import { randomUUID } from 'node:crypto';
import type { FaceCaptureInput, PersonHolder } from '../../../../common/contract/services/personFlows';
import type { FaceVerificationRequest } from '../../../../common/identityApi/face';
import type { IdentityClient } from '../../identity';
import type { Logger } from '../../log/logger';
import { plainHolder, type IdentityChecks } from './identityChecks';
import { step } from './flowErrors';
import type { SessionProofs } from './sessionProofs';

const livenessAction = { turnLeft: 'turn_left', turnRight: 'turn_right', nod: 'nod' } as const;

/** The identity API's face request from the kiosk's capture of `holder`. */
export function faceRequest(holder: PersonHolder, capture: FaceCaptureInput): FaceVerificationRequest {
  const actions = [...new Set(capture.liveness.moves)].map((move) => livenessAction[move]);
  // The kiosk's pipeline either completed its challenges or did not; its confidence in the face
  // itself scales the score above the pass mark.
  const score = capture.liveness.passed ? Math.min(1, 0.6 + 0.4 * capture.liveness.detectionScore) : 0;
  return {
    subject: plainHolder(holder),
    capture: { contentType: 'image/jpeg', data: capture.jpegBase64 },
    liveness: { score, actions },
  };
}

/** Verifies the holder's face now; a match becomes this session's proof for that ID number. */
export async function verifyFace(
  ctx: { client: Pick<IdentityClient, 'verifyFace'>; identity: IdentityChecks; proofs: SessionProofs; log: Logger },
  holder: PersonHolder,
  capture: FaceCaptureInput,
) {
  const checked = ctx.identity.checkHolder(holder);
  const result = await step(() => ctx.client.verifyFace(faceRequest(checked, capture), randomUUID()));
  if (result.result === 'match') ctx.proofs.faceMatched(result.verificationId, checked.idNumber);
  ctx.log.info('face verified', { result: result.result });
  return { result: result.result, verificationId: result.result === 'match' ? result.verificationId : null };
}
