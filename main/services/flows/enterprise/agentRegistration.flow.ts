import { maskName, maskPhone, maskUscc } from '../../../../common/domain/mask';
import { checkPassword, checkPhone } from '../core/credentialChecks';
import { step, stepRefusing } from '../core/flowErrors';
import { defineFlow, type FlowArg, type FlowClient, type FlowContext } from '../core/flowModule';
import { enterpriseReceipt } from '../core/receipts';
import { adultCard, checkUscc } from './enterpriseAccounts';

const client = ['seal', 'registerAgent'] as const;
type Ctx = FlowContext<FlowClient<(typeof client)[number]>>;

/**
 * 我是代理人 (Tibet manual): the agent registers for an enterprise with their own card and face; the
 * legal representative's reserved phone shows they know the enterprise. Pending until approved.
 */
async function registerAgent(ctx: Ctx, arg: FlowArg<'enterprise', 'registerAgent'>) {
  const uscc = checkUscc(arg.uscc, 'uscc');
  const region = arg.region.trim();
  const { holder, api } = ctx.identity.checkIdentity(arg.agent, 'agent', adultCard);
  const faceVerificationId = ctx.proofs.requireFace(arg.faceVerificationId, holder.idNumber);
  const phone = checkPhone(arg.phone);
  const legalRepresentativePhone = checkPhone(arg.legalRepresentativePhone, 'legalRepresentativePhone');
  checkPassword(ctx.profile, arg.password, 'password');
  const password = await step(() => ctx.client.seal(arg.password));
  const registered = await stepRefusing(
    () =>
      ctx.client.send('registerAgent', {
        body: { uscc, region, agent: { ...api, sex: arg.sex, ethnicity: arg.ethnicity, phone }, legalRepresentativePhone, faceVerificationId, password },
      }),
    [
      'ACCOUNT_NOT_FOUND',
      'LEGAL_REPRESENTATIVE_PHONE_MISMATCH',
      'NAME_MISMATCH',
      'PHONE_ALREADY_BOUND',
      'AGENT_ALREADY_ADDED',
      'AGENT_IS_LEGAL_REPRESENTATIVE',
    ],
  );
  ctx.log.info('agent registered, pending approval');
  return enterpriseReceipt(ctx.clock, 'agentRegistration', {
    maskedEnterpriseName: registered.maskedEnterpriseName,
    maskedUscc: maskUscc(uscc),
    maskedName: maskName(holder.name),
    maskedPhone: maskPhone(phone),
  });
}

export default defineFlow({
  name: 'enterprise.agentRegistration',
  service: 'enterprise',
  methods: ['registerAgent'],
  client,
  create: (ctx) => ({ registerAgent: (arg) => registerAgent(ctx, arg) }),
});
