import { KioskError } from '../../../../common/errors';
import type { IdentityClient } from '../../identity';
import { checkAccountName, checkPassword } from '../core/credentialChecks';
import { step, stepRefusing } from '../core/flowErrors';
import { defineFlow, type FlowArg, type FlowContext } from '../core/flowModule';
import { plainHolder } from '../core/identityChecks';
import { enterpriseReceipt } from '../core/receipts';
import { sessionSlot } from '../core/sessionProofs';
import { checkUscc, findEnterpriseAccount, foundEnterpriseReceipt, type FoundEnterprise } from './enterpriseAccounts';

const client = ['lookupAccount', 'seal', 'activateEnterprise'] as const;
type Ctx = FlowContext<Pick<IdentityClient, (typeof client)[number]>>;

type PendingEnterprise = FoundEnterprise & { uscc: string };

/** The pending enterprise found for this citizen; its reserved phone receives the code. */
const pending = sessionSlot<PendingEnterprise>('enterprise.activation', { message: 'find the enterprise first', field: 'uscc' });

async function findPendingEnterprise(ctx: Ctx, arg: FlowArg<'enterprise', 'findPendingEnterprise'>) {
  const uscc = checkUscc(arg.uscc, 'uscc');
  const holder = ctx.identity.checkHolder(arg.legalRepresentative, 'legalRepresentative');
  const summary = await findEnterpriseAccount(ctx.client, { by: 'uscc', value: uscc, name: holder.name }, undefined, 'uscc');
  if (summary.status !== 'pending_activation') throw new KioskError('ACCOUNT_NOT_PENDING', 'this enterprise account is not waiting for activation', 'uscc');
  ctx.proofs.set(pending, { uscc, holder: plainHolder(holder), maskedEnterpriseName: summary.maskedName, maskedPhone: summary.maskedPhone });
  return { maskedEnterpriseName: summary.maskedName, maskedPhone: summary.maskedPhone };
}

async function activate(ctx: Ctx, arg: FlowArg<'enterprise', 'activate'>) {
  const found = ctx.proofs.require(pending);
  const accountName = checkAccountName(ctx.profile, arg.accountName);
  checkPassword(ctx.profile, arg.password, 'password');
  const smsChallengeId = ctx.proofs.requireSms(arg.smsChallengeId, { service: 'enterprise', purpose: 'activation', phone: null });
  const password = await step(() => ctx.client.seal(arg.password));
  const account = await stepRefusing(
    () =>
      ctx.client.activateEnterprise({ uscc: found.uscc, legalRepresentative: found.holder, smsChallengeId, ...(accountName ? { accountName } : {}), password }),
    ['LEGAL_REPRESENTATIVE_MISMATCH', 'ACCOUNT_NOT_PENDING', 'ACCOUNT_NAME_TAKEN'],
  );
  ctx.log.info('enterprise activated');
  return enterpriseReceipt(ctx.clock, 'enterpriseActivation', {
    ...foundEnterpriseReceipt(found),
    accountName: account.accountName,
    accountStatus: account.status,
  });
}

/** Activation of an enterprise registered pending: SMS to its reserved phone, then account and password. */
export default defineFlow({
  name: 'enterprise.activation',
  service: 'enterprise',
  methods: ['findPendingEnterprise', 'activate'],
  client,
  sms: [
    {
      purpose: 'activation',
      apiPurpose: 'enterprise_activation',
      target: (proofs) => {
        const found = proofs.require(pending);
        return { by: 'uscc', value: found.uscc, name: found.holder.name };
      },
    },
  ],
  create: (ctx) => ({
    findPendingEnterprise: (arg) => findPendingEnterprise(ctx, arg),
    activate: (arg) => activate(ctx, arg),
  }),
});
