import { addYears, formatCalendarDate, parseCalendarDate, type CalendarDate } from '../../common/domain/calendarDate';
import { maskIdNumber, maskName } from '../../common/domain/mask';
import { parseUscc } from '../../common/domain/uscc';
import { parsePersonName } from '../../common/domain/name';
import { parseDocumentNumber } from '../../common/domain/idTypes';
import { AGENT_MAX_YEARS, type AddAgentRequest, type Agent } from '../../common/identityApi/agents';
import { findAccount, findPersonByIdNumber, type AccountRow } from '../accounts';
import { ApiError } from '../apiError';
import { newId, type OperationHandler, type OperationHandlers, type ServerContext } from '../context';
import { requireMatchedFace, requireOk, today } from './checks';

/** A confirmed QR sign-in stays usable as a proof this long after the session's expiry. */
const QR_PROOF_GRACE_MS = 15 * 60_000;

export interface AgentRow {
  agent_id: string;
  enterprise_account_id: string;
  person_account_id: string;
  status: 'pending' | 'active';
  valid_from: string | null;
  valid_until: string | null;
  may_manage_agents: number;
}

function agentBody(server: ServerContext, row: AgentRow): Agent {
  const person = findAccount(server.db, 'account_id', row.person_account_id)!;
  const day = formatCalendarDate(today(server));
  const expired = row.status === 'active' && row.valid_until !== null && row.valid_until < day;
  return {
    agentId: row.agent_id,
    maskedName: maskName(person.holder_name),
    maskedIdNumber: maskIdNumber(person.id_number),
    status: expired ? 'expired' : row.status,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    mayManageAgents: row.may_manage_agents === 1,
  };
}

function requireEnterprise(server: ServerContext, accountId: string): AccountRow {
  const row = findAccount(server.db, 'account_id', accountId);
  if (!row || row.kind !== 'enterprise') throw new ApiError(404, 'ACCOUNT_NOT_FOUND', 'no such enterprise account', 'accountId');
  return row;
}

/** The proof must come from the enterprise's legal representative: a matched face or a confirmed QR sign-in. */
function requireLegalRepresentative(server: ServerContext, enterprise: AccountRow, proof: AddAgentRequest['proof']): void {
  if (proof.faceVerificationId !== undefined) {
    requireMatchedFace(server, proof.faceVerificationId, enterprise.id_number, 'proof.faceVerificationId');
    return;
  }
  const qr = server.db.prepare('SELECT status, expires_at, account_id FROM qr_sessions WHERE session_id = ?').get(proof.qrSessionId) as
    { status: string; expires_at: number; account_id: string | null } | undefined;
  const person = qr?.account_id ? findAccount(server.db, 'account_id', qr.account_id) : undefined;
  if (!qr || qr.status !== 'confirmed' || server.clock() > qr.expires_at + QR_PROOF_GRACE_MS || person?.id_number !== enterprise.id_number) {
    throw new ApiError(422, 'QR_SIGN_IN_REQUIRED', 'no confirmed QR sign-in of the legal representative', 'proof.qrSessionId');
  }
}

/** From ≤ until, until not in the past, at most AGENT_MAX_YEARS long. */
function checkWindow(server: ServerContext, validFrom: string, validUntil: string): { from: string; until: string } {
  const from = parseCalendarDate(validFrom);
  const until = parseCalendarDate(validUntil);
  const day: CalendarDate = today(server);
  const dayText = formatCalendarDate(day);
  if (!from || !until || validUntil < validFrom || validUntil < dayText || validUntil > formatCalendarDate(addYears(from, AGENT_MAX_YEARS))) {
    throw new ApiError(422, 'AGENT_VALIDITY_INVALID', `the window must end after it starts, not in the past, within ${AGENT_MAX_YEARS} years`, 'validUntil');
  }
  return { from: validFrom, until: validUntil };
}

const listAgents: OperationHandler<'listAgents'> =
  async (server, { params }) =>
  () => {
    const enterprise = requireEnterprise(server, params.accountId);
    const rows = server.db.prepare('SELECT * FROM agents WHERE enterprise_account_id = ? ORDER BY created_at').all(enterprise.account_id) as AgentRow[];
    return { status: 200, body: { agents: rows.map((r) => agentBody(server, r)) } };
  };

const addAgent: OperationHandler<'addAgent'> = async (server, { body, params, now }) => {
  const name = requireOk(parsePersonName(body.agent.name), 'agent.name');
  const idNumber = requireOk(parseDocumentNumber(body.agent.idType, body.agent.idNumber, today(server)), 'agent.idNumber');
  const window = checkWindow(server, body.validFrom, body.validUntil);
  return () => {
    const enterprise = requireEnterprise(server, params.accountId);
    requireLegalRepresentative(server, enterprise, body.proof);
    // An agent must already be a registered natural person (Jilin manual §4.2(4)).
    const person = findPersonByIdNumber(server.db, idNumber);
    if (!person) throw new ApiError(422, 'AGENT_NOT_REGISTERED', 'the agent must be a registered natural person', 'agent.idNumber');
    if (person.holder_name !== name) throw new ApiError(422, 'NAME_MISMATCH', 'name does not match the registered person', 'agent.name');
    if (person.id_number === enterprise.id_number)
      throw new ApiError(422, 'AGENT_IS_LEGAL_REPRESENTATIVE', 'the legal representative needs no agent role', 'agent.idNumber');
    const existing = server.db
      .prepare('SELECT agent_id FROM agents WHERE enterprise_account_id = ? AND person_account_id = ?')
      .get(enterprise.account_id, person.account_id);
    if (existing) throw new ApiError(409, 'AGENT_ALREADY_ADDED', 'this person is already an agent or has asked to be one', 'agent.idNumber');
    const row: AgentRow = {
      agent_id: newId('G'),
      enterprise_account_id: enterprise.account_id,
      person_account_id: person.account_id,
      status: 'active',
      valid_from: window.from,
      valid_until: window.until,
      may_manage_agents: body.mayManageAgents ? 1 : 0,
    };
    server.db
      .prepare(
        `INSERT INTO agents (agent_id, enterprise_account_id, person_account_id, status, valid_from, valid_until, may_manage_agents, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(row.agent_id, row.enterprise_account_id, row.person_account_id, row.status, row.valid_from, row.valid_until, row.may_manage_agents, now);
    return { status: 201, body: agentBody(server, row) };
  };
};

const approveAgent: OperationHandler<'approveAgent'> = async (server, { body, params }) => {
  const window = checkWindow(server, body.validFrom, body.validUntil);
  return () => {
    const enterprise = requireEnterprise(server, params.accountId);
    requireLegalRepresentative(server, enterprise, body.proof);
    const row = server.db.prepare('SELECT * FROM agents WHERE agent_id = ? AND enterprise_account_id = ?').get(params.agentId, enterprise.account_id) as
      AgentRow | undefined;
    if (!row) throw new ApiError(404, 'AGENT_NOT_FOUND', 'no such agent request', 'agentId');
    if (row.status !== 'pending') throw new ApiError(409, 'AGENT_NOT_PENDING', 'this agent is not waiting for approval', 'agentId');
    const updated: AgentRow = { ...row, status: 'active', valid_from: window.from, valid_until: window.until, may_manage_agents: body.mayManageAgents ? 1 : 0 };
    server.db
      .prepare(`UPDATE agents SET status = 'active', valid_from = ?, valid_until = ?, may_manage_agents = ? WHERE agent_id = ?`)
      .run(updated.valid_from, updated.valid_until, updated.may_manage_agents, row.agent_id);
    return { status: 200, body: agentBody(server, updated) };
  };
};

interface RegistryRow {
  enterprise_name: string;
  legal_rep_name: string;
  legal_rep_id_number: string;
}

/** The registry's legal representative against the one the kiosk read; no registry entry: no answer (null). */
const checkLegalRepresentative: OperationHandler<'checkLegalRepresentative'> = async (server, { body }) => {
  const uscc = requireOk(parseUscc(body.uscc), 'uscc');
  const name = requireOk(parsePersonName(body.legalRepresentative.name), 'legalRepresentative.name');
  const idNumber = requireOk(
    parseDocumentNumber(body.legalRepresentative.idType, body.legalRepresentative.idNumber, today(server)),
    'legalRepresentative.idNumber',
  );
  return () => {
    const registry = server.db.prepare('SELECT * FROM business_registry WHERE uscc = ?').get(uscc) as RegistryRow | undefined;
    const match = registry ? registry.legal_rep_name === name && registry.legal_rep_id_number === idNumber : null;
    return { status: 200, body: { inRegistry: registry !== undefined, match } };
  };
};

const lookupEnterprise: OperationHandler<'lookupEnterprise'> =
  async (server, { body }) =>
  () => {
    const uscc = requireOk(parseUscc(body.uscc), 'uscc');
    const registry = server.db.prepare('SELECT * FROM business_registry WHERE uscc = ?').get(uscc) as RegistryRow | undefined;
    const account = findAccount(server.db, 'uscc', uscc);
    return {
      status: 200,
      body: {
        enterpriseName: registry?.enterprise_name ?? account?.enterprise_name ?? null,
        inRegistry: registry !== undefined,
        accountStatus: account?.status ?? 'none',
        accountId: account?.account_id ?? null,
      },
    };
  };

export const agentHandlers = { lookupEnterprise, checkLegalRepresentative, listAgents, addAgent, approveAgent } satisfies Partial<OperationHandlers>;
