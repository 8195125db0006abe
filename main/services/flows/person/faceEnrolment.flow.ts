import { randomUUID } from 'node:crypto';
import type { FaceCaptureInput, PersonHolder } from '../../../../common/contract/services/personFlows';
import type { IdentityClient } from '../../identity';
import { faceEnrolmentKind } from '../../sync/kinds/faceEnrolmentKind';
import { faceRequest } from '../core/faceProof';
import { isUnavailable, toFlowError } from '../core/flowErrors';
import { defineFlow, type FlowContext } from '../core/flowModule';
import { personReceipt } from '../core/receipts';

const client = ['verifyFace'] as const;
type Ctx = FlowContext<Pick<IdentityClient, (typeof client)[number]>>;

/** Verified now, or (the identity API away) queued in the outbox with a receipt marked queued. */
async function enrolFace(ctx: Ctx, holder: PersonHolder, capture: FaceCaptureInput) {
  const checked = ctx.identity.checkHolder(holder);
  const request = faceRequest(checked, capture);
  try {
    const result = await ctx.client.verifyFace(request, randomUUID());
    if (result.result !== 'match') return { outcome: result.result, receipt: null };
    ctx.proofs.faceMatched(result.verificationId, checked.idNumber);
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

/** Face enrolment on its own: the one person flow that can be queued. */
export default defineFlow({
  name: 'person.faceEnrolment',
  service: 'person',
  methods: ['enrolFace'],
  client,
  queues: faceEnrolmentKind,
  create: (ctx) => ({ enrolFace: ({ holder, capture }) => enrolFace(ctx, holder, capture) }),
});
