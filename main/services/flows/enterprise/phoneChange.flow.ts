import type { PersonHolder } from '../../../../common/contract/services/personFlows';
import { maskName, maskPhone, maskUscc } from '../../../../common/domain/mask';
import { checkPhone } from '../core/credentialChecks';
import { stepRefusing } from '../core/flowErrors';
import { defineFlow, type FlowArg, type FlowClient, type FlowContext } from '../core/flowModule';
import { plainHolder } from '../core/identityChecks';
import { enterpriseReceipt } from '../core/receipts';
import { sessionSlot } from '../core/sessionProofs';
import { adultCard, checkUscc, findEnterpriseAccount } from './enterpriseAccounts';

const client = ['lookupAccount', 'changeEnterprisePhone'] as const;
type Ctx = FlowContext<FlowClient<(typeof client)[number]>>;

/** The enterprise whose legal representative showed card and face in this session. */
const phoneChange = sessionSlot<{ uscc: string; holder: PersonHolder; faceVerificationId: string; maskedEnterpriseName: string }>('enterprise.phoneChange', {
  message: 'the legal representative signs in first',
  field: 'uscc',
});

async function startEnterprisePhoneChange(ctx: Ctx, arg: FlowArg<'enterprise', 'startEnterprisePhoneChange'>) {
  const uscc = checkUscc(arg.uscc, 'uscc');
  const { holder } = ctx.identity.checkIdentity(arg.legalRepresentative, 'legalRepresentative', adultCard);
  const faceVerificationId = ctx.proofs.requireFace(arg.faceVerificationId, holder.idNumber);
  const summary = await findEnterpriseAccount(ctx.client, { by: 'uscc', value: uscc, name: holder.name }, 'legalRepresentative', 'uscc');
  ctx.proofs.set(phoneChange, { uscc, holder: plainHolder(holder), faceVerificationId, maskedEnterpriseName: summary.maskedName });
  return { maskedEnterpriseName: summary.maskedName, maskedPhone: summary.maskedPhone };
}

async function changeEnterprisePhone(ctx: Ctx, arg: FlowArg<'enterprise', 'changeEnterprisePhone'>) {
  const started = ctx.proofs.require(phoneChange);
  const newPhone = checkPhone(arg.newPhone);
  const smsChallengeId = ctx.proofs.requireSms(arg.smsChallengeId, { service: 'enterprise', purpose: 'phoneChange', phone: newPhone });
  await stepRefusing(
    () =>
      ctx.client.send('changeEnterprisePhone', {
        body: { uscc: started.uscc, legalRepresentative: started.holder, faceVerificationId: started.faceVerificationId, newPhone, smsChallengeId },
      }),
    ['PHONE_ALREADY_BOUND', 'LEGAL_REPRESENTATIVE_MISMATCH', 'FACE_NOT_MATCHED', 'ACCOUNT_NOT_FOUND'],
  );
  ctx.proofs.clear(phoneChange);
  ctx.log.info('enterprise phone changed');
  return enterpriseReceipt(ctx.clock, 'enterprisePhoneChange', {
    maskedEnterpriseName: started.maskedEnterpriseName,
    maskedUscc: maskUscc(started.uscc),
    maskedName: maskName(started.holder.name),
    maskedPhone: maskPhone(newPhone),
  });
}

/** Enterprise phone change: the legal representative's card and face, then the new phone and its code. */
export default defineFlow({
  name: 'enterprise.phoneChange',
  service: 'enterprise',
  methods: ['startEnterprisePhoneChange', 'changeEnterprisePhone'],
  client,
  sms: [{ purpose: 'phoneChange', apiPurpose: 'phone_change', target: 'typedPhone' }],
  create: (ctx) => ({
    startEnterprisePhoneChange: (arg) => startEnterprisePhoneChange(ctx, arg),
    changeEnterprisePhone: (arg) => changeEnterprisePhone(ctx, arg),
  }),
});
