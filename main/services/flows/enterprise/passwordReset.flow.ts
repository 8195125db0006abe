import { parseUscc } from '../../../../common/domain/uscc';
import { KioskError } from '../../../../common/errors';
import type { AccountLookup, Proof } from '../../../../common/identityApi/accounts';
import type { ProvinceProfile } from '../../../../common/profiles/provinceProfile';
import type { IdentityClient } from '../../identity';
import { checkPassword } from '../core/credentialChecks';
import { step, stepRefusing } from '../core/flowErrors';
import { defineFlow, type FlowArg, type FlowContext } from '../core/flowModule';
import { plainHolder } from '../core/identityChecks';
import { enterpriseReceipt } from '../core/receipts';
import { sessionSlot } from '../core/sessionProofs';
import { findEnterpriseAccount, foundEnterpriseReceipt, type FoundEnterprise } from './enterpriseAccounts';

const client = ['lookupAccount', 'seal', 'resetPassword'] as const;
type Ctx = FlowContext<Pick<IdentityClient, (typeof client)[number]>>;

type ResetTarget = FoundEnterprise & { lookup: AccountLookup; accountName: string | null };

/**
 * The proofs the province asks of the legal representative: the face where the profile fixes it
 * (Xinjiang), the reserved phone's SMS where it fixes that or the face is not fixed, so that one
 * proof is always asked. An optional proof counts when the citizen gives it.
 */
function requiredProofs(profile: ProvinceProfile): { faceRequired: boolean; smsRequired: boolean } {
  const { face, sms } = profile.forgotPassword.enterprise;
  return { faceRequired: face === 'fixed', smsRequired: sms === 'fixed' || face !== 'fixed' };
}

/** The enterprise account found by its legal account (account name or USCC); its reserved phone receives the code. */
const resetTarget = sessionSlot<ResetTarget>('enterprise.passwordReset', { message: 'find the account first', field: 'legalAccount' });

async function findForPasswordReset(ctx: Ctx, { legalAccount, legalRepresentative }: FlowArg<'enterprise', 'findForPasswordReset'>) {
  const holder = ctx.identity.checkHolder(legalRepresentative, 'legalRepresentative');
  const asUscc = parseUscc(legalAccount);
  const lookup: AccountLookup = asUscc.ok
    ? { by: 'uscc', value: asUscc.value, name: holder.name }
    : { by: 'account_name', value: legalAccount.trim(), name: holder.name };
  const summary = await findEnterpriseAccount(ctx.client, lookup, 'legalAccount', 'legalAccount');
  if (summary.status === 'pending_activation') throw new KioskError('ACCOUNT_PENDING_ACTIVATION', 'activate the account instead', 'legalAccount');
  ctx.proofs.set(resetTarget, {
    lookup,
    holder: plainHolder(holder),
    maskedEnterpriseName: summary.maskedName,
    maskedPhone: summary.maskedPhone,
    accountName: summary.accountName,
    uscc: asUscc.ok ? asUscc.value : null,
  });
  return { maskedEnterpriseName: summary.maskedName, maskedPhone: summary.maskedPhone, ...requiredProofs(ctx.profile) };
}

/** The face and SMS proofs of this session the province's rule asks for, as the identity API takes them. */
function resetProof(ctx: Ctx, found: ResetTarget, arg: FlowArg<'enterprise', 'resetPassword'>): Proof {
  const { faceRequired, smsRequired } = requiredProofs(ctx.profile);
  const { face } = ctx.profile.forgotPassword.enterprise;
  const faceGiven = face !== 'off' && arg.faceVerificationId !== undefined;
  const faceVerificationId = faceRequired || faceGiven ? ctx.proofs.requireFace(arg.faceVerificationId, found.holder.idNumber) : undefined;
  const smsChallengeId =
    smsRequired || arg.smsChallengeId ? ctx.proofs.requireSms(arg.smsChallengeId, { service: 'enterprise', purpose: 'passwordReset', phone: null }) : undefined;
  return { ...(faceVerificationId ? { faceVerificationId } : {}), ...(smsChallengeId ? { smsChallengeId } : {}) };
}

async function resetPassword(ctx: Ctx, arg: FlowArg<'enterprise', 'resetPassword'>) {
  const { newPassword } = arg;
  const found = ctx.proofs.require(resetTarget);
  checkPassword(ctx.profile, newPassword, 'newPassword');
  const proof = resetProof(ctx, found, arg);
  const sealed = await step(() => ctx.client.seal(newPassword));
  const enterprise = { by: found.lookup.by === 'uscc' ? ('uscc' as const) : ('account_name' as const), value: found.lookup.value };
  await stepRefusing(
    () =>
      ctx.client.resetPassword({
        account: { kind: 'enterprise', enterprise, legalRepresentative: found.holder },
        proof,
        newPassword: sealed,
      }),
    ['LEGAL_REPRESENTATIVE_MISMATCH', 'NAME_MISMATCH', 'ACCOUNT_NOT_FOUND'],
    'legalRepresentative.idNumber',
  );
  ctx.log.info('enterprise password reset', { face: Boolean(proof.faceVerificationId), sms: Boolean(proof.smsChallengeId) });
  return enterpriseReceipt(ctx.clock, 'enterprisePasswordReset', { ...foundEnterpriseReceipt(found), accountName: found.accountName });
}

/** Forgot password: the legal account and its legal representative, the face and/or SMS the province asks, new password. */
export default defineFlow({
  name: 'enterprise.passwordReset',
  service: 'enterprise',
  methods: ['findForPasswordReset', 'resetPassword'],
  client,
  sms: [{ purpose: 'passwordReset', apiPurpose: 'password_reset', target: (proofs) => proofs.require(resetTarget).lookup }],
  create: (ctx) => ({
    findForPasswordReset: (arg) => findForPasswordReset(ctx, arg),
    resetPassword: (arg) => resetPassword(ctx, arg),
  }),
});
