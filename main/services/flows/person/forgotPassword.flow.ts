import type { PersonHolder } from '../../../../common/contract/services/personFlows';
import type { AccountSummary } from '../../../../common/identityApi/accounts';
import type { IdentityClient } from '../../identity';
import { checkPassword } from '../core/credentialChecks';
import { step } from '../core/flowErrors';
import { defineFlow, type FlowArg, type FlowContext } from '../core/flowModule';
import { plainHolder } from '../core/identityChecks';
import { personReceipt } from '../core/receipts';
import { sessionSlot } from '../core/sessionProofs';
import { findPersonAccount } from './personAccount';

const client = ['lookupAccount', 'seal', 'resetPassword'] as const;
type Ctx = FlowContext<Pick<IdentityClient, (typeof client)[number]>>;

/** The account found for this citizen; its reserved phone receives the code. */
const resetAccount = sessionSlot<{ holder: PersonHolder; summary: AccountSummary }>('person.resetAccount', {
  message: 'find the account first',
  field: 'holder',
});

async function findAccount(ctx: Ctx, holder: PersonHolder) {
  const checked = ctx.identity.requirePresented(ctx.identity.checkHolder(holder));
  const summary = await findPersonAccount(ctx.client, checked);
  ctx.proofs.set(resetAccount, { holder: checked, summary });
  const asked = ctx.settings.personForgotPassword;
  return { maskedName: summary.maskedName, maskedPhone: summary.maskedPhone, smsRequired: asked.sms, faceRequired: asked.face };
}

/**
 * The face proof when this kiosk asks it (or offered anyway): a matched face of the holder, or in
 * assisted mode a clerk's in-person attestation after face capture failed.
 */
function faceProof(ctx: Ctx, arg: FlowArg<'person', 'resetPassword'>, idNumber: string) {
  if (arg.attestationId && !arg.faceVerificationId) {
    const staffId = ctx.proofs.requireAttestation(arg.attestationId);
    return { inPersonCheck: { staffId, attestationId: arg.attestationId } };
  }
  if (!ctx.settings.personForgotPassword.face && !arg.faceVerificationId) return {};
  return { faceVerificationId: ctx.proofs.requireFace(arg.faceVerificationId, idNumber) };
}

async function resetPassword(ctx: Ctx, arg: FlowArg<'person', 'resetPassword'>) {
  const account = ctx.proofs.require(resetAccount);
  checkPassword(ctx.profile, arg.newPassword, 'newPassword');
  const face = faceProof(ctx, arg, account.holder.idNumber);
  const smsChallengeId =
    ctx.settings.personForgotPassword.sms || arg.smsChallengeId
      ? ctx.proofs.requireSms(arg.smsChallengeId, { service: 'person', purpose: 'passwordReset', phone: null })
      : undefined;
  const newPassword = await step(() => ctx.client.seal(arg.newPassword));
  await step(() =>
    ctx.client.resetPassword({
      account: { kind: 'person', holder: plainHolder(account.holder) },
      proof: { ...face, ...(smsChallengeId ? { smsChallengeId } : {}) },
      newPassword,
    }),
  );
  ctx.log.info('password reset', { sms: Boolean(smsChallengeId), face: 'faceVerificationId' in face, attested: 'inPersonCheck' in face });
  return personReceipt(ctx.clock, 'passwordReset', account.holder, { maskedPhone: account.summary.maskedPhone, accountName: account.summary.accountName });
}

/**
 * Forgot password: the account must exist; face and SMS to the reserved phone as the province
 * profile says (fixed, optional, off), an optional one asked when the hall configuration switches it on.
 */
export default defineFlow({
  name: 'person.forgotPassword',
  service: 'person',
  methods: ['findAccount', 'resetPassword'],
  client,
  sms: [
    {
      purpose: 'passwordReset',
      apiPurpose: 'password_reset',
      target: (proofs) => {
        const { holder } = proofs.require(resetAccount);
        return { by: 'id_number', value: holder.idNumber, idType: holder.idType, name: holder.name };
      },
    },
  ],
  create: (ctx) => ({
    findAccount: ({ holder }) => findAccount(ctx, holder),
    resetPassword: (arg) => resetPassword(ctx, arg),
  }),
});
