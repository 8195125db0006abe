import { KioskError } from '../../../../common/errors';
import { checkPassword } from '../core/credentialChecks';
import { step, stepMissing, stepRefusing } from '../core/flowErrors';
import { defineFlow, type FlowArg, type FlowClient, type FlowContext } from '../core/flowModule';
import { plainHolder } from '../core/identityChecks';
import { sessionSlot } from '../core/sessionProofs';
import { checkUscc } from './enterpriseAccounts';
import { qrCalls, qrSignIn, qrSignInHandlers } from './qrSignIn';

const client = [
  'seal',
  'lookupEnterprise',
  'lookupAccount',
  'listAgents',
  'addAgent',
  'approveAgent',
  'checkAgentManager',
  'updateAgent',
  'removeAgent',
  'rejectAgent',
  ...qrCalls,
] as const;
type Ctx = FlowContext<FlowClient<(typeof client)[number]>>;
type AgentsProof = { faceVerificationId: string } | { qrSessionId: string };

/** Who signed in for the enterprise (the legal representative or an agent who may manage agents), with the proof every change carries. */
const agentsSignedIn = sessionSlot<{ accountId: string; proof: AgentsProof }>('enterprise.agents', { message: 'sign in for the enterprise first' });

/** The matched face of the card holder, or this session's confirmed QR sign-in. */
function signInProof(ctx: Ctx, proof: FlowArg<'enterprise', 'agentsSignIn'>['proof']): { proof: AgentsProof } {
  if (proof.kind === 'face') {
    const holder = ctx.identity.checkHolder(proof.legalRepresentative, 'legalRepresentative');
    return { proof: { faceVerificationId: ctx.proofs.requireFace(proof.faceVerificationId, holder.idNumber) } };
  }
  const qr = ctx.proofs.get(qrSignIn);
  if (!qr?.confirmed) throw stepMissing('sign in with the app first', 'proof');
  return { proof: { qrSessionId: qr.sessionId } };
}

async function agentsSignIn(ctx: Ctx, arg: FlowArg<'enterprise', 'agentsSignIn'>) {
  const uscc = checkUscc(arg.uscc, 'uscc');
  const { proof } = signInProof(ctx, arg.proof);
  const found = await step(() => ctx.client.lookupEnterprise(uscc));
  const accountId = found.accountStatus === 'none' ? null : found.accountId;
  if (!accountId) throw new KioskError('ACCOUNT_NOT_FOUND', 'this enterprise has no account', 'uscc');
  const manager = await stepRefusing(
    () => ctx.client.send('checkAgentManager', { params: { accountId }, body: { proof } }),
    ['FACE_NOT_MATCHED', 'QR_SIGN_IN_REQUIRED'],
    'proof',
  );
  // Main refuses as the server does: only the legal representative or a permitted agent sees and changes the agents.
  if (!manager.mayManageAgents) throw new KioskError('AGENT_MANAGEMENT_NOT_ALLOWED', 'this agent may not manage agents', 'proof');
  const list = await step(() => ctx.client.listAgents(accountId));
  ctx.proofs.set(agentsSignedIn, { accountId, proof });
  ctx.log.info('agents sign-in', { role: manager.role });
  return { enterpriseName: manager.enterpriseName, manager: { role: manager.role, maskedName: manager.maskedName }, agents: list.agents };
}

const changeRefusals = ['AGENT_VALIDITY_INVALID', 'FACE_NOT_MATCHED', 'QR_SIGN_IN_REQUIRED', 'AGENT_MANAGEMENT_NOT_ALLOWED'];

async function addAgent(ctx: Ctx, { agent, initialPassword, ...grant }: FlowArg<'enterprise', 'addAgent'>) {
  const signed = ctx.proofs.require(agentsSignedIn);
  const checked = ctx.identity.checkHolder(agent, 'agent');
  // Checked here against the province's rules so a weak password is refused before anything is sent; only the sealed form leaves main.
  checkPassword(ctx.profile, initialPassword, 'initialPassword');
  const sealed = await step(() => ctx.client.seal(initialPassword));
  const added = await stepRefusing(
    () => ctx.client.addAgent(signed.accountId, { agent: plainHolder(checked), ...grant, proof: signed.proof, initialPassword: sealed }),
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

async function updateAgent(ctx: Ctx, { agentId, ...grant }: FlowArg<'enterprise', 'updateAgent'>) {
  const signed = ctx.proofs.require(agentsSignedIn);
  const updated = await stepRefusing(
    () => ctx.client.send('updateAgent', { params: { accountId: signed.accountId, agentId }, body: { ...grant, proof: signed.proof } }),
    ['AGENT_NOT_FOUND', 'AGENT_NOT_ACTIVE', ...changeRefusals],
  );
  ctx.log.info('agent window changed', { mayManageAgents: grant.mayManageAgents });
  return updated;
}

async function removeAgent(ctx: Ctx, agentId: string) {
  const signed = ctx.proofs.require(agentsSignedIn);
  await stepRefusing(
    () => ctx.client.send('removeAgent', { params: { accountId: signed.accountId, agentId }, body: { proof: signed.proof } }),
    ['AGENT_NOT_FOUND', 'AGENT_NOT_ACTIVE', ...changeRefusals],
  );
  ctx.log.info('agent removed');
  return { removed: true as const };
}

async function rejectAgent(ctx: Ctx, agentId: string) {
  const signed = ctx.proofs.require(agentsSignedIn);
  await stepRefusing(
    () => ctx.client.send('rejectAgent', { params: { accountId: signed.accountId, agentId }, body: { proof: signed.proof } }),
    ['AGENT_NOT_FOUND', 'AGENT_NOT_PENDING', ...changeRefusals],
  );
  ctx.log.info('agent request rejected');
  return { rejected: true as const };
}

/** Agents: the legal representative (or a permitted agent) signs in by face or QR, then lists, adds, approves or rejects, changes and removes agents. */
export default defineFlow({
  name: 'enterprise.agents',
  service: 'enterprise',
  methods: ['agentsSignIn', 'addAgent', 'approveAgent', 'updateAgent', 'removeAgent', 'rejectAgent', 'qrStart', 'qrPoll', 'qrDemoConfirm'],
  client,
  create: (ctx) => ({
    ...qrSignInHandlers(ctx),
    agentsSignIn: (arg) => agentsSignIn(ctx, arg),
    addAgent: (arg) => addAgent(ctx, arg),
    approveAgent: (arg) => approveAgent(ctx, arg),
    updateAgent: (arg) => updateAgent(ctx, arg),
    removeAgent: ({ agentId }) => removeAgent(ctx, agentId),
    rejectAgent: ({ agentId }) => rejectAgent(ctx, agentId),
  }),
});
