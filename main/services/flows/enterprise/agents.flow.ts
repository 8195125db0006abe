import { KioskError } from '../../../../common/errors';
import type { IdentityClient } from '../../identity';
import { step, stepMissing, stepRefusing } from '../core/flowErrors';
import { defineFlow, type FlowArg, type FlowContext } from '../core/flowModule';
import { plainHolder } from '../core/identityChecks';
import { sessionSlot } from '../core/sessionProofs';
import { checkUscc } from './enterpriseAccounts';
import { qrCalls, qrSignIn, qrSignInHandlers } from './qrSignIn';

const client = ['lookupEnterprise', 'lookupAccount', 'listAgents', 'addAgent', 'approveAgent', ...qrCalls] as const;
type Ctx = FlowContext<Pick<IdentityClient, (typeof client)[number]>>;
type AgentsProof = { faceVerificationId: string } | { qrSessionId: string };

/** The legal representative signed in for the enterprise, with the proof every change carries. */
const agentsSignedIn = sessionSlot<{ accountId: string; proof: AgentsProof }>('enterprise.agents', { message: 'sign in for the enterprise first' });

/** The matched face of the card holder, or this session's confirmed QR sign-in. */
function signInProof(ctx: Ctx, proof: FlowArg<'enterprise', 'agentsSignIn'>['proof']): { proof: AgentsProof; name?: string } {
  if (proof.kind === 'face') {
    const holder = ctx.identity.checkHolder(proof.legalRepresentative, 'legalRepresentative');
    return { proof: { faceVerificationId: ctx.proofs.requireFace(proof.faceVerificationId, holder.idNumber) }, name: holder.name };
  }
  const qr = ctx.proofs.get(qrSignIn);
  if (!qr?.confirmed) throw stepMissing('sign in with the app first', 'proof');
  return { proof: { qrSessionId: qr.sessionId } };
}

async function agentsSignIn(ctx: Ctx, arg: FlowArg<'enterprise', 'agentsSignIn'>) {
  const uscc = checkUscc(arg.uscc, 'uscc');
  const { proof, name } = signInProof(ctx, arg.proof);
  const found = await step(() => ctx.client.lookupEnterprise(uscc));
  const accountId = found.accountStatus === 'none' ? null : found.accountId;
  if (!accountId) throw new KioskError('ACCOUNT_NOT_FOUND', 'this enterprise has no account', 'uscc');
  const summary = await stepRefusing(
    () => ctx.client.lookupAccount({ by: 'uscc', value: uscc, ...(name ? { name } : {}) }),
    ['ACCOUNT_NOT_FOUND', 'NAME_MISMATCH'],
    'uscc',
  );
  const list = await step(() => ctx.client.listAgents(accountId));
  ctx.proofs.set(agentsSignedIn, { accountId, proof });
  return { maskedEnterpriseName: summary.maskedName, agents: list.agents };
}

const changeRefusals = ['AGENT_VALIDITY_INVALID', 'FACE_NOT_MATCHED', 'QR_SIGN_IN_REQUIRED'];

async function addAgent(ctx: Ctx, { agent, ...grant }: FlowArg<'enterprise', 'addAgent'>) {
  const signed = ctx.proofs.require(agentsSignedIn);
  const checked = ctx.identity.checkHolder(agent, 'agent');
  const added = await stepRefusing(
    () => ctx.client.addAgent(signed.accountId, { agent: plainHolder(checked), ...grant, proof: signed.proof }),
    ['AGENT_NOT_REGISTERED', 'NAME_MISMATCH', 'AGENT_ALREADY_ADDED', 'AGENT_IS_LEGAL_REPRESENTATIVE', ...changeRefusals],
  );
  ctx.log.info('agent added', { mayManageAgents: grant.mayManageAgents });
  return added;
}

async function approveAgent(ctx: Ctx, { agentId, ...grant }: FlowArg<'enterprise', 'approveAgent'>) {
  const signed = ctx.proofs.require(agentsSignedIn);
  const approved = await stepRefusing(
    () => ctx.client.approveAgent(signed.accountId, agentId, { ...grant, proof: signed.proof }),
    ['AGENT_NOT_FOUND', 'AGENT_NOT_PENDING', ...changeRefusals],
  );
  ctx.log.info('agent approved', { mayManageAgents: grant.mayManageAgents });
  return approved;
}

/** Agents: the legal representative signs in by face or QR, then lists, approves and adds agents. */
export default defineFlow({
  name: 'enterprise.agents',
  service: 'enterprise',
  methods: ['agentsSignIn', 'addAgent', 'approveAgent', 'qrStart', 'qrPoll', 'qrDemoConfirm'],
  client,
  create: (ctx) => ({
    ...qrSignInHandlers(ctx),
    agentsSignIn: (arg) => agentsSignIn(ctx, arg),
    addAgent: (arg) => addAgent(ctx, arg),
    approveAgent: (arg) => approveAgent(ctx, arg),
  }),
});
