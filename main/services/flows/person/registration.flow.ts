import type { PersonIdentityInput } from '../../../../common/contract/services/personFlows';
import { maskPhone } from '../../../../common/domain/mask';
import { KioskError } from '../../../../common/errors';
import { isIdentityApiError } from '../../identity';
import { checkAccountName, checkPassword, checkPhone } from '../core/credentialChecks';
import { invalidField, step, toFlowError } from '../core/flowErrors';
import { defineFlow, type FlowArg, type FlowClient, type FlowContext } from '../core/flowModule';
import { requireRealName } from '../core/realNameCheck';
import { personReceipt } from '../core/receipts';
import { acceptedAgreements } from './acceptedAgreements';

const client = ['checkRealName', 'lookupAccount', 'seal', 'registerPerson', 'checkAccountName'] as const;
type Ctx = FlowContext<FlowClient<(typeof client)[number]>>;

/** Under-16 cards carry no validity period; the rule then decides by age. */
const byAge = { validity: 'byAge' } as const;

async function isRegistered(ctx: Ctx, holder: { idType: PersonIdentityInput['idType']; idNumber: string }): Promise<boolean> {
  return ctx.client.lookupAccount({ by: 'id_number', value: holder.idNumber, idType: holder.idType }).then(
    () => true,
    (error: unknown) => {
      if (isIdentityApiError(error) && error.code === 'ACCOUNT_NOT_FOUND') return false;
      throw toFlowError(error);
    },
  );
}

async function checkIdentity(ctx: Ctx, identity: PersonIdentityInput) {
  const { holder, minor, validityWarning } = ctx.identity.checkIdentity(identity, 'identity', byAge);
  await requireRealName(ctx.client, holder, 'identity.name');
  if (await isRegistered(ctx, holder)) throw new KioskError('ID_NUMBER_ALREADY_REGISTERED', 'this person already has an account', 'identity.idNumber');
  ctx.log.info('registration identity checked', { minor });
  return { minor, faceRequired: !minor, ...(validityWarning ? { validityWarning } : {}) };
}

/** The account step: the province's rules here, then the identity API says whether the name is still free. */
async function checkAccountNameFree(ctx: Ctx, raw: string) {
  const accountName = checkAccountName(ctx.profile, raw);
  if (!accountName) throw invalidField('ACCOUNT_NAME_NOT_OFFERED', 'accountName');
  const { available } = await step(() => ctx.client.send('checkAccountName', { body: { accountName } }));
  if (!available) throw new KioskError('ACCOUNT_NAME_TAKEN', 'account name already taken', 'accountName');
  return { available: true as const };
}

/**
 * The face proof, or in assisted mode a clerk's in-person attestation standing in for it (never
 * for a minor, who needs no face).
 */
function faceOrAttestation(ctx: Ctx, arg: FlowArg<'person', 'register'>, idNumber: string, minor: boolean) {
  if (arg.attestationId && !arg.faceVerificationId) {
    const staffId = ctx.proofs.requireAttestation(minor ? undefined : arg.attestationId);
    return { inPersonCheck: { staffId, attestationId: arg.attestationId } };
  }
  return minor ? {} : { faceVerificationId: ctx.proofs.requireFace(arg.faceVerificationId, idNumber) };
}

async function register(ctx: Ctx, arg: FlowArg<'person', 'register'>) {
  const { holder, minor, api } = ctx.identity.checkIdentity(arg.identity, 'identity', byAge);
  const phone = checkPhone(arg.phone);
  const accountName = checkAccountName(ctx.profile, arg.accountName);
  const agreements = acceptedAgreements(ctx.profile, arg.agreementVersions);
  checkPassword(ctx.profile, arg.password, 'password');
  const smsChallengeId = ctx.proofs.requireSms(arg.smsChallengeId, { service: 'person', purpose: 'registration', phone });
  const proof = faceOrAttestation(ctx, arg, holder.idNumber, minor);
  const password = await step(() => ctx.client.seal(arg.password));
  const account = await step(() =>
    ctx.client.registerPerson({
      ...(accountName ? { accountName } : {}),
      password,
      identity: api,
      phone,
      smsChallengeId,
      ...proof,
      agreementVersion: agreements.registration,
    }),
  );
  ctx.log.info('person registered', { realNameLevel: account.realNameLevel, minor, agreement: agreements.registration, privacy: agreements.privacy });
  return personReceipt(ctx.clock, 'registration', holder, {
    maskedPhone: maskPhone(phone),
    accountName: account.accountName,
    realNameLevel: account.realNameLevel,
  });
}

/** Registration: identity from the card, phone + SMS, face (skipped under 16), account name and password. */
export default defineFlow({
  name: 'person.registration',
  service: 'person',
  methods: ['checkAccountName', 'checkIdentity', 'register'],
  client,
  sms: [{ purpose: 'registration', apiPurpose: 'person_registration', target: 'typedPhone' }],
  create: (ctx) => ({
    checkAccountName: ({ accountName }) => checkAccountNameFree(ctx, accountName),
    checkIdentity: ({ identity }) => checkIdentity(ctx, identity),
    register: (arg) => register(ctx, arg),
  }),
});
