import { randomUUID } from 'node:crypto';
import type { FaceCaptureInput, PersonHolder } from '../../../../common/contract/services/personFlows';
import type { FaceVerificationRequest } from '../../../../common/identityApi/face';
import type { IdentityClient } from '../../identity';
import type { Logger } from '../../log/logger';
import { withCardPhotoMatch, type CardPhotoCheck } from './cardPhotoCheck';
import { plainHolder, type IdentityChecks } from './identityChecks';
import { isUnavailable, step } from './flowErrors';
import type { FaceChallengeIssuer } from './faceChallenges';
import { judgeLiveness, type LivenessPolicy } from './livenessEvidence';
import { judgePresentationAttack, type PresentationAttackPolicy } from './presentationAttackJudgement';
import type { SessionProofs } from './sessionProofs';

const livenessAction = { turnLeft: 'turn_left', turnRight: 'turn_right', nod: 'nod', blink: 'blink', openMouth: 'open_mouth' } as const;

/**
 * The identity API's face request from the kiosk's capture of `holder`. The liveness score is
 * main's: the page's measurements judged against main's bounds (`judgeLiveness`) and the order
 * main issued for the capture (`challenges`), 0 when refused;
 * also 0 when the presentation-attack cues are over the hall's thresholds (a screen or a print).
 */
export function faceRequest(
  holder: PersonHolder,
  capture: FaceCaptureInput,
  judged: { policy?: LivenessPolicy; challenges?: Pick<FaceChallengeIssuer, 'redeem'>; presentationAttack?: PresentationAttackPolicy; log?: Logger } = {},
): FaceVerificationRequest {
  const verdict = judgeLiveness(capture, judged.policy, judged.challenges?.redeem(capture, holder.idNumber));
  if (!verdict.passed) judged.log?.warn('face capture refused as not live', { reasons: verdict.reasons.slice(0, 5) });
  const presented = judgePresentationAttack(capture.presentationAttack, judged.presentationAttack);
  if (!presented.passed) judged.log?.warn('face capture refused as a presentation attack', { reasons: presented.reasons.slice(0, 5) });
  return {
    subject: plainHolder(holder),
    capture: { contentType: 'image/jpeg', data: capture.jpegBase64 },
    liveness: { score: presented.passed ? verdict.score : 0, actions: [...new Set(verdict.moves)].map((move) => livenessAction[move]) },
  };
}

/** Verifies the holder's face now; a match becomes this session's proof for that ID number. */
export async function verifyFace(
  ctx: {
    client: Pick<IdentityClient, 'verifyFace'>;
    identity: IdentityChecks;
    proofs: SessionProofs;
    faceChallenges: FaceChallengeIssuer;
    cardPhoto: CardPhotoCheck;
    log: Logger;
    settings: { liveness: LivenessPolicy; presentationAttack: PresentationAttackPolicy };
  },
  holder: PersonHolder,
  capture: FaceCaptureInput,
) {
  const checked = ctx.identity.checkHolder(holder);
  const cardPhotoMatch = await ctx.cardPhoto.check(checked, capture);
  const request = withCardPhotoMatch(
    faceRequest(checked, capture, {
      policy: ctx.settings.liveness,
      challenges: ctx.faceChallenges,
      presentationAttack: ctx.settings.presentationAttack,
      log: ctx.log,
    }),
    cardPhotoMatch,
  );
  const result = await step(async () => {
    try {
      return await ctx.client.verifyFace(request, randomUUID());
    } catch (error) {
      // Not judged (outage, 503): "try again" sends this very capture, which must still answer its order.
      if (isUnavailable(error)) ctx.faceChallenges.release(capture, checked.idNumber);
      throw error;
    }
  });
  if (result.result === 'match') ctx.proofs.faceMatched(result.verificationId, checked.idNumber);
  ctx.log.info('face verified', { result: result.result });
  return { result: result.result, verificationId: result.result === 'match' ? result.verificationId : null };
}
