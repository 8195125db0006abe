import type { PersonHolder } from '../../../../common/contract/services/personFlows';
import type { AccountSummary } from '../../../../common/identityApi/accounts';
import type { IdentityClient } from '../../identity';
import { qrCalls, qrSignIn, qrSignInHandlers } from '../enterprise/qrSignIn';
import { invalidField, step, stepMissing } from '../core/flowErrors';
import { defineFlow, type FlowArg, type FlowContext } from '../core/flowModule';
import { personReceipt } from '../core/receipts';
import { sessionSlot } from '../core/sessionProofs';
import { findPersonAccount } from './personAccount';

const client = ['lookupAccount', 'signAgreement', 'upgradeRealName', ...qrCalls] as const;
type Ctx = FlowContext<Pick<IdentityClient, (typeof client)[number]>>;

/** What proves the citizen at the screen holds the account: the matched face, or the QR code their province app confirmed. */
type SignInProof = { faceVerificationId: string } | { qrSessionId: string };

/**
 * The sign-in every later change relies on. A QR sign-in names the account, not the document: the
 * receipt then shows the masked name the identity API gave and no document number.
 */
const signedIn = sessionSlot<{ holder: PersonHolder | null; summary: AccountSummary; proof: SignInProof }>('person.signedIn', {
  message: 'sign in first',
  field: 'holder',
});

const signedInView = (summary: AccountSummary, upgradeOffered: boolean) => ({
  maskedName: summary.maskedName,
  accountName: summary.accountName,
  realNameLevel: summary.realNameLevel,
  upgradeOffered,
  agreement: summary.agreement,
});

const receiptHolder = (holder: PersonHolder | null, summary: AccountSummary): PersonHolder =>
  holder ?? { name: summary.maskedName, idType: 'resident_id', idNumber: '' };

async function signIn(ctx: Ctx, { holder, faceVerificationId }: FlowArg<'person', 'signIn'>) {
  const checked = ctx.identity.checkHolder(holder);
  const proof = ctx.proofs.requireFace(faceVerificationId, checked.idNumber);
  ctx.identity.requirePresented(checked);
  const summary = await findPersonAccount(ctx.client, checked);
  ctx.proofs.set(signedIn, { holder: checked, summary, proof: { faceVerificationId: proof } });
  ctx.log.info('signed in by card and face', { realNameLevel: summary.realNameLevel, needsSigning: summary.agreement.needsSigning });
  return signedInView(summary, summary.realNameLevel < 3);
}

/** The province app confirmed this session's QR code: sign in as that person's account. */
async function signInByQr(ctx: Ctx) {
  const qr = ctx.proofs.require(qrSignIn);
  if (!qr.confirmed) throw stepMissing('the QR code is not confirmed in the app yet', 'qrSessionId');
  const session = await step(() => ctx.client.getQrSession(qr.sessionId));
  if (session.status !== 'confirmed' || !session.account) throw stepMissing('the QR code is not confirmed in the app yet', 'qrSessionId');
  if (session.account.kind !== 'person') throw invalidField('ACCOUNT_NOT_FOUND', 'qrSessionId');
  const summary = await step(() => ctx.client.lookupAccount({ by: 'account_id', value: session.account?.accountId ?? '' }));
  ctx.proofs.set(signedIn, { holder: null, summary, proof: { qrSessionId: qr.sessionId } });
  ctx.log.info('signed in by the province app', { realNameLevel: summary.realNameLevel, needsSigning: summary.agreement.needsSigning });
  return signedInView(summary, false);
}

async function signAgreement(ctx: Ctx, version: string) {
  const signed = ctx.proofs.require(signedIn);
  await step(() => ctx.client.signAgreement(signed.summary.accountId, { version, proof: signed.proof }));
  const summary = { ...signed.summary, agreement: { ...signed.summary.agreement, signedVersion: version, needsSigning: false } };
  ctx.proofs.set(signedIn, { ...signed, summary });
  return personReceipt(ctx.clock, 'agreement', receiptHolder(signed.holder, summary), { accountName: summary.accountName, maskedPhone: summary.maskedPhone });
}

async function upgradeRealName(ctx: Ctx) {
  const signed = ctx.proofs.require(signedIn);
  // The level rises only on a face matched now: a QR sign-in is not enough.
  if (!('faceVerificationId' in signed.proof) || !signed.holder)
    throw stepMissing('a real-name upgrade needs the card and a matched face', 'faceVerificationId');
  const { faceVerificationId } = signed.proof;
  const upgraded = await step(() => ctx.client.upgradeRealName(signed.summary.accountId, { faceVerificationId }));
  ctx.proofs.set(signedIn, { ...signed, summary: { ...signed.summary, realNameLevel: upgraded.realNameLevel } });
  return personReceipt(ctx.clock, 'realNameUpgrade', signed.holder, { accountName: signed.summary.accountName, realNameLevel: upgraded.realNameLevel });
}

/** Account services: card + face (or the province app's QR code) sign-in, then re-sign the agreement and raise the real-name level. */
export default defineFlow({
  name: 'person.accountServices',
  service: 'person',
  methods: ['signIn', 'qrStart', 'qrPoll', 'qrDemoConfirm', 'qrSignIn', 'signAgreement', 'upgradeRealName'],
  client,
  create: (ctx) => ({
    signIn: (arg) => signIn(ctx, arg),
    ...qrSignInHandlers(ctx),
    qrSignIn: () => signInByQr(ctx),
    signAgreement: ({ version }) => signAgreement(ctx, version),
    upgradeRealName: () => upgradeRealName(ctx),
  }),
});
