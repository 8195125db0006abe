import type { PersonHolder } from '../../../../common/contract/services/personFlows';
import { maskPhone } from '../../../../common/domain/mask';
import { KioskError } from '../../../../common/errors';
import type { AccountSummary } from '../../../../common/identityApi/accounts';
import { isIdentityApiError } from '../../identity';
import { checkPhone } from '../core/credentialChecks';
import { toFlowError } from '../core/flowErrors';
import { defineFlow, type FlowArg, type FlowContext, type FlowClient } from '../core/flowModule';
import { plainHolder } from '../core/identityChecks';
import { personReceipt } from '../core/receipts';
import { sessionSlot } from '../core/sessionProofs';
import { findPersonAccount } from './personAccount';

const client = ['lookupAccount', 'changePhone'] as const;
type Ctx = FlowContext<FlowClient<(typeof client)[number]>>;

/**
 * The flow's own refusal: the new number is another account's reserved phone. The province
 * manuals' remedy is to reclaim the number through the province app, or at the counter.
 */
const phoneChangeCodes = { boundElsewhere: 'person.phoneBoundElsewhere' } as const;

/** The account whose reserved phone changes, found from the identity presented in this session. */
const phoneAccount = sessionSlot<{ holder: PersonHolder; summary: AccountSummary }>('person.phoneAccount', {
  message: 'find the account first',
  field: 'identity',
});

async function findPhoneAccount(ctx: Ctx, identity: FlowArg<'person', 'findPhoneAccount'>['identity']) {
  // A card or, in assisted mode, an identity typed by staff (checkIdentity refuses anything else).
  const { holder } = ctx.identity.checkIdentity(identity, 'identity', { validity: 'byAge' });
  const summary = await findPersonAccount(ctx.client, holder);
  ctx.proofs.set(phoneAccount, { holder, summary });
  return { maskedName: summary.maskedName, maskedPhone: summary.maskedPhone };
}

/** A matched face of this holder, or in assisted mode a clerk's in-person attestation standing in for it. */
function identityProof(ctx: Ctx, arg: FlowArg<'person', 'changePhone'>, idNumber: string) {
  if (arg.attestationId && !arg.faceVerificationId) {
    const staffId = ctx.proofs.requireAttestation(arg.attestationId);
    return { inPersonCheck: { staffId, attestationId: arg.attestationId } };
  }
  return { faceVerificationId: ctx.proofs.requireFace(arg.faceVerificationId, idNumber) };
}

async function changePhone(ctx: Ctx, arg: FlowArg<'person', 'changePhone'>) {
  const { holder } = ctx.proofs.require(phoneAccount);
  const newPhone = checkPhone(arg.newPhone);
  const smsChallengeId = ctx.proofs.requireSms(arg.smsChallengeId, { service: 'person', purpose: 'phoneChange', phone: newPhone });
  const proof = identityProof(ctx, arg, holder.idNumber);
  try {
    await ctx.client.send('changePhone', { body: { holder: plainHolder(holder), newPhone, smsChallengeId, ...proof } });
  } catch (error) {
    // Bound to someone else between the code and the change: the same refusal as at the code.
    if (isIdentityApiError(error) && error.code === 'PHONE_ALREADY_BOUND')
      throw new KioskError(phoneChangeCodes.boundElsewhere, 'phone bound elsewhere', 'newPhone');
    throw toFlowError(error);
  }
  ctx.proofs.clear(phoneAccount);
  ctx.log.info('reserved phone changed', { attested: 'inPersonCheck' in proof });
  return personReceipt(ctx.clock, 'phoneChange', holder, { maskedPhone: maskPhone(newPhone) });
}

/** Change of the reserved phone: identity → face (or staff attestation) → new phone + its SMS code. Online only. */
export default defineFlow({
  name: 'person.phoneChange',
  service: 'person',
  methods: ['findPhoneAccount', 'changePhone'],
  client,
  sms: [{ purpose: 'phoneChange', apiPurpose: 'phone_change', target: 'typedPhone', renames: { PHONE_ALREADY_BOUND: phoneChangeCodes.boundElsewhere } }],
  create: (ctx) => ({
    findPhoneAccount: ({ identity }) => findPhoneAccount(ctx, identity),
    changePhone: (arg) => changePhone(ctx, arg),
  }),
});
