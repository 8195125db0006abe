import { randomUUID } from 'node:crypto';
import type { FaceCaptureInput, PersonHolder } from '../../../../common/contract/services/personFlows';
import { faceEnrolmentKind } from '../../sync/kinds/faceEnrolmentKind';
import { withCardPhotoMatch } from '../core/cardPhotoCheck';
import { faceRequest } from '../core/faceProof';
import { isUnavailable, toFlowError } from '../core/flowErrors';
import { defineFlow, type FlowClient, type FlowContext } from '../core/flowModule';
import { plainHolder } from '../core/identityChecks';
import { personReceipt } from '../core/receipts';

const client = ['verifyFace', 'enrolFace'] as const;
type Ctx = FlowContext<FlowClient<(typeof client)[number]>>;

/**
 * The live face is compared with the card's holder, then enrolled on the holder's account for face
 * sign-in; while the identity API is away the checked request waits in the outbox (with a receipt
 * marked queued) and the sender does both when the link is back.
 */
async function enrolFace(ctx: Ctx, holder: PersonHolder, capture: FaceCaptureInput) {
  const checked = ctx.identity.requirePresented(ctx.identity.checkHolder(holder));
  // A clear mismatch with the card photo stops here; the result travels with the request, queued or not.
  const request = withCardPhotoMatch(
    faceRequest(checked, capture, { policy: ctx.settings.liveness, challenges: ctx.faceChallenges }),
    await ctx.cardPhoto.check(checked, capture),
  );
  try {
    const result = await ctx.client.verifyFace(request, randomUUID());
    if (result.result !== 'match') return { outcome: result.result, receipt: null };
    ctx.proofs.faceMatched(result.verificationId, checked.idNumber);
    await ctx.client.send('enrolFace', { body: { holder: plainHolder(checked), faceVerificationId: result.verificationId } });
    ctx.log.info('face enrolled for face sign-in');
    return { outcome: 'enrolled' as const, receipt: personReceipt(ctx.clock, 'faceEnrolment', checked) };
  } catch (error) {
    const queue = ctx.queue(faceEnrolmentKind);
    if (!isUnavailable(error) || !queue) throw toFlowError(error);
    // Resolves only after the outbox committed the encrypted item.
    await queue.enqueue(request);
    ctx.log.info('face enrolment queued');
    return { outcome: 'queued' as const, receipt: personReceipt(ctx.clock, 'faceEnrolment', checked, { queued: true }) };
  }
}

/** Face enrolment for face sign-in on the card holder's account: the one person flow that can be queued. */
export default defineFlow({
  name: 'person.faceEnrolment',
  service: 'person',
  methods: ['enrolFace'],
  client,
  queues: faceEnrolmentKind,
  create: (ctx) => ({ enrolFace: ({ holder, capture }) => enrolFace(ctx, holder, capture) }),
});
