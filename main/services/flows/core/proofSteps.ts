import type { FaceCaptureInput, PersonHolder } from '../../../../common/contract/services/personFlows';
import type { IdentityClient } from '../../identity';
import { verifyFace } from './faceProof';
import { defineFlow, type FlowContext } from './flowModule';
import type { FlowService } from './sessionProofs';
import { createSmsSteps, type SmsRefusals } from './smsSteps';

const methods = ['sendSms', 'verifySms', 'verifyFace'] as const;
const client = ['createSmsChallenge', 'verifySmsChallenge', 'verifyFace'] as const;

type ProofClient = Pick<IdentityClient, (typeof client)[number]>;

/** The proof steps of one service: SMS for the purposes its flows declared, and the face. */
function proofHandlers(ctx: FlowContext<ProofClient>, service: FlowService, refusals: SmsRefusals) {
  const sms = createSmsSteps({ client: ctx.client, proofs: ctx.proofs, service, purposes: ctx.smsPurposes, refusals });
  return {
    sendSms: sms.send,
    verifySms: sms.verify,
    verifyFace: ({ holder, capture }: { holder: PersonHolder; capture: FaceCaptureInput }) => verifyFace(ctx, holder, capture),
  };
}

/** Person SMS: a phone already bound to someone else is the citizen's to fix. */
const personRefusals: SmsRefusals = { send: ['PHONE_ALREADY_BOUND'], verify: [] };
/** Enterprise SMS: an expired, exhausted or unknown code is answered at the code field. */
const enterpriseRefusals: SmsRefusals = { send: ['PHONE_INVALID'], verify: ['SMS_CODE_EXPIRED', 'SMS_ATTEMPTS_EXHAUSTED', 'SMS_CHALLENGE_NOT_FOUND'] };

/** The person service also issues the face challenge orders (one issuer per session serves both services' face steps). */
export const personProofSteps = defineFlow({
  name: 'person.proofs',
  service: 'person',
  methods: [...methods, 'issueFaceChallenges'],
  client,
  create: (ctx) => ({ ...proofHandlers(ctx, 'person', personRefusals), issueFaceChallenges: () => ctx.faceChallenges.issue() }),
});
export const enterpriseProofSteps = defineFlow({
  name: 'enterprise.proofs',
  service: 'enterprise',
  methods,
  client,
  create: (ctx) => proofHandlers(ctx, 'enterprise', enterpriseRefusals),
});
