import { formatCalendarDate } from '../../common/domain/calendarDate';
import { maskName } from '../../common/domain/mask';
import type { AgentManager, AddAgentRequest } from '../../common/identityApi/agents';
import { findAccount, findPersonByIdNumber, type AccountRow } from '../accounts';
import { ApiError } from '../apiError';
import type { ServerContext } from '../context';
import { today } from './checks';

/** A matched face stays a proof this long (as for every other write). */
const FACE_PROOF_MS = 15 * 60_000;
/** A confirmed QR sign-in stays usable as a proof this long after the session's expiry. */
const QR_PROOF_GRACE_MS = 15 * 60_000;

type AgentProof = AddAgentRequest['proof'];

/** The ID number of whoever gave the proof: a fresh matched face, or a confirmed QR sign-in. */
function proofHolder(server: ServerContext, proof: AgentProof): string {
  if (proof.faceVerificationId !== undefined) {
    const face = server.db.prepare('SELECT id_number, result, created_at FROM face_verifications WHERE verification_id = ?').get(proof.faceVerificationId) as
      { id_number: string; result: string; created_at: number } | undefined;
    if (!face || face.result !== 'match' || server.clock() - face.created_at > FACE_PROOF_MS) {
      throw new ApiError(422, 'FACE_NOT_MATCHED', 'no matching face verification', 'proof.faceVerificationId');
    }
    return face.id_number;
  }
  const qr = server.db.prepare('SELECT status, expires_at, account_id FROM qr_sessions WHERE session_id = ?').get(proof.qrSessionId) as
    { status: string; expires_at: number; account_id: string | null } | undefined;
  const person = qr?.account_id ? findAccount(server.db, 'account_id', qr.account_id) : undefined;
  if (!qr || qr.status !== 'confirmed' || server.clock() > qr.expires_at + QR_PROOF_GRACE_MS || !person) {
    throw new ApiError(422, 'QR_SIGN_IN_REQUIRED', 'no confirmed QR sign-in', 'proof.qrSessionId');
  }
  return person.id_number;
}

/**
 * Whose proof this is for the enterprise: its legal representative, or one of its active agents
 * (with or without the permission to manage agents). Anyone else is refused as the proof's failure.
 */
export function agentManager(server: ServerContext, enterprise: AccountRow, proof: AgentProof): AgentManager {
  const idNumber = proofHolder(server, proof);
  const person = findPersonByIdNumber(server.db, idNumber);
  const enterpriseName = enterprise.enterprise_name ?? '';
  if (idNumber === enterprise.id_number)
    return { role: 'legal_representative', mayManageAgents: true, maskedName: maskName(enterprise.holder_name), enterpriseName };
  const day = formatCalendarDate(today(server));
  const agent = person
    ? (server.db
        .prepare(`SELECT may_manage_agents, valid_until FROM agents WHERE enterprise_account_id = ? AND person_account_id = ? AND status = 'active'`)
        .get(enterprise.account_id, person.account_id) as { may_manage_agents: number; valid_until: string | null } | undefined)
    : undefined;
  if (!person || !agent || (agent.valid_until !== null && agent.valid_until < day)) {
    const field = proof.faceVerificationId !== undefined ? 'proof.faceVerificationId' : 'proof.qrSessionId';
    throw new ApiError(
      422,
      proof.faceVerificationId !== undefined ? 'FACE_NOT_MATCHED' : 'QR_SIGN_IN_REQUIRED',
      'not the legal representative or an agent',
      field,
    );
  }
  return { role: 'agent', mayManageAgents: agent.may_manage_agents === 1, maskedName: maskName(person.holder_name), enterpriseName };
}

/** The legal representative, or an agent who may manage agents: anyone else cannot change the enterprise's agents. */
export function requireAgentManager(server: ServerContext, enterprise: AccountRow, proof: AgentProof): AgentManager {
  const manager = agentManager(server, enterprise, proof);
  if (!manager.mayManageAgents) throw new ApiError(422, 'AGENT_MANAGEMENT_NOT_ALLOWED', 'this agent may not manage agents', 'proof');
  return manager;
}
