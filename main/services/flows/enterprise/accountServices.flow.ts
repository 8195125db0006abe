import type { PersonHolder } from '../../../../common/contract/services/personFlows';
import { maskName, maskUscc } from '../../../../common/domain/mask';
import type { IdentityClient } from '../../identity';
import { stepMissing, stepRefusing } from '../core/flowErrors';
import { defineFlow, type FlowArg, type FlowContext } from '../core/flowModule';
import { plainHolder } from '../core/identityChecks';
import { enterpriseReceipt } from '../core/receipts';
import { sessionSlot } from '../core/sessionProofs';
import { adultCard, checkUscc, findEnterpriseAccount } from './enterpriseAccounts';

const client = ['lookupAccount', 'signAgreement', 'upgradeRealName'] as const;
type Ctx = FlowContext<Pick<IdentityClient, (typeof client)[number]>>;

/** The enterprise its legal representative signed in for with card and face; every change carries that face. */
const enterpriseSignedIn = sessionSlot<{ uscc: string; accountId: string; holder: PersonHolder; faceVerificationId: string; maskedEnterpriseName: string }>(
  'enterprise.accountServices',
  { message: 'the legal representative signs in first', field: 'uscc' },
);

async function enterpriseServicesSignIn(ctx: Ctx, arg: FlowArg<'enterprise', 'enterpriseServicesSignIn'>) {
  const uscc = checkUscc(arg.uscc, 'uscc');
  const { holder } = ctx.identity.checkIdentity(arg.legalRepresentative, 'legalRepresentative', adultCard);
  const faceVerificationId = ctx.proofs.requireFace(arg.faceVerificationId, holder.idNumber);
  const summary = await findEnterpriseAccount(ctx.client, { by: 'uscc', value: uscc, name: holder.name }, 'legalRepresentative', 'uscc');
  if (summary.status !== 'active') throw stepMissing('activate the enterprise account first', 'uscc');
  ctx.proofs.set(enterpriseSignedIn, {
    uscc,
    accountId: summary.accountId,
    holder: plainHolder(holder),
    faceVerificationId,
    maskedEnterpriseName: summary.maskedName,
  });
  ctx.log.info('enterprise signed in for account services', { realNameLevel: summary.realNameLevel, needsSigning: summary.agreement.needsSigning });
  return {
    maskedEnterpriseName: summary.maskedName,
    realNameLevel: summary.realNameLevel,
    upgradeOffered: summary.realNameLevel < 3,
    agreement: summary.agreement,
  };
}

function receipt(ctx: Ctx, service: 'enterpriseAgreement' | 'enterpriseRealName') {
  const signed = ctx.proofs.require(enterpriseSignedIn);
  return enterpriseReceipt(ctx.clock, service, {
    maskedEnterpriseName: signed.maskedEnterpriseName,
    maskedUscc: maskUscc(signed.uscc),
    maskedName: maskName(signed.holder.name),
  });
}

async function signEnterpriseAgreement(ctx: Ctx, version: string) {
  const signed = ctx.proofs.require(enterpriseSignedIn);
  await stepRefusing(
    () => ctx.client.signAgreement(signed.accountId, { version, proof: { faceVerificationId: signed.faceVerificationId } }),
    ['AGREEMENT_VERSION_OUTDATED', 'FACE_NOT_MATCHED'],
  );
  ctx.log.info('enterprise agreement signed');
  return receipt(ctx, 'enterpriseAgreement');
}

async function upgradeEnterpriseRealName(ctx: Ctx) {
  const signed = ctx.proofs.require(enterpriseSignedIn);
  await stepRefusing(() => ctx.client.upgradeRealName(signed.accountId, { faceVerificationId: signed.faceVerificationId }), ['FACE_NOT_MATCHED']);
  ctx.log.info('enterprise real-name level raised');
  return receipt(ctx, 'enterpriseRealName');
}

/** Enterprise agreement re-signing and real-name upgrade after the legal representative's card and face. */
export default defineFlow({
  name: 'enterprise.accountServices',
  service: 'enterprise',
  methods: ['enterpriseServicesSignIn', 'signEnterpriseAgreement', 'upgradeEnterpriseRealName'],
  client,
  create: (ctx) => ({
    enterpriseServicesSignIn: (arg) => enterpriseServicesSignIn(ctx, arg),
    signEnterpriseAgreement: ({ version }) => signEnterpriseAgreement(ctx, version),
    upgradeEnterpriseRealName: () => upgradeEnterpriseRealName(ctx),
  }),
});
