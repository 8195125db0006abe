import type { PersonHolder } from '../../../../common/contract/services/personFlows';
import type { AccountSummary } from '../../../../common/identityApi/accounts';
import type { IdentityClient } from '../../identity';
import { step } from '../core/flowErrors';
import { defineFlow, type FlowArg, type FlowContext } from '../core/flowModule';
import { personReceipt } from '../core/receipts';
import { sessionSlot } from '../core/sessionProofs';
import { findPersonAccount } from './personAccount';

const client = ['lookupAccount', 'signAgreement', 'upgradeRealName'] as const;
type Ctx = FlowContext<Pick<IdentityClient, (typeof client)[number]>>;

/** Card + face sign-in: the matched face is the proof of every later change. */
const signedIn = sessionSlot<{ holder: PersonHolder; summary: AccountSummary; faceVerificationId: string }>('person.signedIn', {
  message: 'sign in first',
  field: 'holder',
});

async function signIn(ctx: Ctx, { holder, faceVerificationId }: FlowArg<'person', 'signIn'>) {
  const checked = ctx.identity.checkHolder(holder);
  const proof = ctx.proofs.requireFace(faceVerificationId, checked.idNumber);
  ctx.identity.requirePresented(checked);
  const summary = await findPersonAccount(ctx.client, checked);
  ctx.proofs.set(signedIn, { holder: checked, summary, faceVerificationId: proof });
  ctx.log.info('signed in by card and face', { realNameLevel: summary.realNameLevel, needsSigning: summary.agreement.needsSigning });
  return {
    maskedName: summary.maskedName,
    accountName: summary.accountName,
    realNameLevel: summary.realNameLevel,
    upgradeOffered: summary.realNameLevel < 3,
    agreement: summary.agreement,
  };
}

async function signAgreement(ctx: Ctx, version: string) {
  const signed = ctx.proofs.require(signedIn);
  await step(() => ctx.client.signAgreement(signed.summary.accountId, { version, proof: { faceVerificationId: signed.faceVerificationId } }));
  const summary = { ...signed.summary, agreement: { ...signed.summary.agreement, signedVersion: version, needsSigning: false } };
  ctx.proofs.set(signedIn, { ...signed, summary });
  return personReceipt(ctx.clock, 'agreement', signed.holder, { accountName: summary.accountName, maskedPhone: summary.maskedPhone });
}

async function upgradeRealName(ctx: Ctx) {
  const signed = ctx.proofs.require(signedIn);
  const upgraded = await step(() => ctx.client.upgradeRealName(signed.summary.accountId, { faceVerificationId: signed.faceVerificationId }));
  ctx.proofs.set(signedIn, { ...signed, summary: { ...signed.summary, realNameLevel: upgraded.realNameLevel } });
  return personReceipt(ctx.clock, 'realNameUpgrade', signed.holder, { accountName: signed.summary.accountName, realNameLevel: upgraded.realNameLevel });
}

/** Account services: card + face sign-in, then re-sign the agreement and raise the real-name level. */
export default defineFlow({
  name: 'person.accountServices',
  service: 'person',
  methods: ['signIn', 'signAgreement', 'upgradeRealName'],
  client,
  create: (ctx) => ({
    signIn: (arg) => signIn(ctx, arg),
    signAgreement: ({ version }) => signAgreement(ctx, version),
    upgradeRealName: () => upgradeRealName(ctx),
  }),
});
