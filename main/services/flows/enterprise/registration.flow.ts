import { maskEnterpriseName, maskName, maskPhone, maskUscc } from '../../../../common/domain/mask';
import { KioskError } from '../../../../common/errors';
import { checkAccountName, checkPassword, checkPhone } from '../core/credentialChecks';
import { step, stepRefusing } from '../core/flowErrors';
import { defineFlow, type FlowArg, type FlowClient, type FlowContext } from '../core/flowModule';
import { plainHolder } from '../core/identityChecks';
import { requireRealName } from '../core/realNameCheck';
import { enterpriseReceipt } from '../core/receipts';
import { adultCard, checkEnterprise, checkUscc } from './enterpriseAccounts';

const client = ['lookupEnterprise', 'checkRealName', 'checkLegalRepresentative', 'seal', 'registerEnterprise'] as const;
type Ctx = FlowContext<FlowClient<(typeof client)[number]>>;

async function lookupEnterprise(ctx: Ctx, uscc: string) {
  const found = await step(() => ctx.client.lookupEnterprise(checkUscc(uscc, 'uscc')));
  return { enterpriseName: found.enterpriseName, inRegistry: found.inRegistry, accountStatus: found.accountStatus };
}

async function checkRegistration(ctx: Ctx, arg: FlowArg<'enterprise', 'checkRegistration'>) {
  const company = checkEnterprise(arg.enterprise);
  const { holder } = ctx.identity.checkIdentity(arg.legalRepresentative, 'legalRepresentative', adultCard);
  const found = await step(() => ctx.client.lookupEnterprise(company.uscc));
  if (found.accountStatus !== 'none') throw new KioskError('USCC_ALREADY_REGISTERED', 'this enterprise already has an account', 'enterprise.uscc');
  await requireRealName(ctx.client, holder, 'legalRepresentative.name');
  // Right after the card read, before SMS, password and face: a registry naming someone else is the appeal's case.
  const registry = await step(() => ctx.client.send('checkLegalRepresentative', { body: { uscc: company.uscc, legalRepresentative: plainHolder(holder) } }));
  if (registry.match === false) {
    throw new KioskError('LEGAL_REPRESENTATIVE_MISMATCH', 'the registry names another legal representative', 'legalRepresentative.idNumber');
  }
  return { inRegistry: found.inRegistry };
}

async function register(ctx: Ctx, arg: FlowArg<'enterprise', 'register'>) {
  const company = checkEnterprise(arg.enterprise);
  const { holder, api } = ctx.identity.checkIdentity(arg.legalRepresentative, 'legalRepresentative', adultCard);
  const phone = checkPhone(arg.phone);
  const accountName = checkAccountName(ctx.profile, arg.accountName);
  checkPassword(ctx.profile, arg.password, 'password');
  const smsChallengeId = ctx.proofs.requireSms(arg.smsChallengeId, { service: 'enterprise', purpose: 'registration', phone });
  const faceVerificationId = ctx.proofs.requireFace(arg.faceVerificationId, holder.idNumber);
  const password = await step(() => ctx.client.seal(arg.password));
  const account = await stepRefusing(
    () =>
      ctx.client.registerEnterprise({
        ...company,
        ...(accountName ? { accountName } : {}),
        password,
        legalRepresentative: { ...api, phone },
        smsChallengeId,
        faceVerificationId,
      }),
    ['USCC_ALREADY_REGISTERED', 'LEGAL_REPRESENTATIVE_MISMATCH', 'ACCOUNT_NAME_TAKEN', 'REAL_NAME_MISMATCH'],
  );
  ctx.log.info('enterprise registered', { status: account.status });
  return enterpriseReceipt(ctx.clock, 'enterpriseRegistration', {
    maskedEnterpriseName: maskEnterpriseName(company.enterpriseName),
    maskedUscc: maskUscc(company.uscc),
    maskedName: maskName(holder.name),
    maskedPhone: maskPhone(phone),
    accountName: account.accountName,
    accountStatus: account.status,
  });
}

/** Registration: USCC looked up, legal representative from the card, SMS to the typed phone, face, account. */
export default defineFlow({
  name: 'enterprise.registration',
  service: 'enterprise',
  methods: ['lookupEnterprise', 'checkRegistration', 'register'],
  client,
  sms: [{ purpose: 'registration', apiPurpose: 'enterprise_registration', target: 'typedPhone' }],
  create: (ctx) => ({
    lookupEnterprise: ({ uscc }) => lookupEnterprise(ctx, uscc),
    checkRegistration: (arg) => checkRegistration(ctx, arg),
    register: (arg) => register(ctx, arg),
  }),
});
