import { addYears, formatCalendarDate, parseCalendarDate, type CalendarDate } from '../../common/domain/calendarDate';
import { maskEnterpriseName, maskIdNumber, maskName, maskPhone } from '../../common/domain/mask';
import { idTypeSchema } from '../../common/identityApi/primitives';
import { parseUscc } from '../../common/domain/uscc';
import { parsePersonName } from '../../common/domain/name';
import { parseDocumentNumber } from '../../common/domain/idTypes';
import { AGENT_MAX_YEARS, type Agent } from '../../common/identityApi/agents';
import { findAccount, findPersonByIdNumber, findPersonByPhone, type AccountRow } from '../accounts';
import { ApiError } from '../apiError';
import { newId, type OperationHandler, type OperationHandlers, type ServerContext } from '../context';
import { agentManager, requireAgentManager } from './agentManagers';
import { checkIdentity, checkPassword, checkPhone, requireMatchedFace, requireOk, requireVerifiedSms, today } from './checks';
import { hashPassword } from '../passwordHash';

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
    idType: idTypeSchema.parse(person.id_type),
    maskedPhone: maskPhone(person.phone),
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
  // Only the hash is kept: the agent signs in with it and the enterprise's account or USCC.
  const passwordHash = await hashPassword(checkPassword(server, body.initialPassword, 'initialPassword'), server.passwordCost);
  return () => {
    const enterprise = requireEnterprise(server, params.accountId);
    requireAgentManager(server, enterprise, body.proof);
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
        `INSERT INTO agents (agent_id, enterprise_account_id, person_account_id, status, valid_from, valid_until, may_manage_agents, password_hash, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        row.agent_id,
        row.enterprise_account_id,
        row.person_account_id,
        row.status,
        row.valid_from,
        row.valid_until,
        row.may_manage_agents,
        passwordHash,
        now,
      );
    return { status: 201, body: agentBody(server, row) };
  };
};

const approveAgent: OperationHandler<'approveAgent'> = async (server, { body, params }) => {
  const window = checkWindow(server, body.validFrom, body.validUntil);
  return () => {
    const enterprise = requireEnterprise(server, params.accountId);
    requireAgentManager(server, enterprise, body.proof);
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

function requireAgent(server: ServerContext, enterprise: AccountRow, agentId: string): AgentRow {
  const row = server.db.prepare('SELECT * FROM agents WHERE agent_id = ? AND enterprise_account_id = ?').get(agentId, enterprise.account_id) as
    AgentRow | undefined;
  if (!row) throw new ApiError(404, 'AGENT_NOT_FOUND', 'no such agent', 'agentId');
  return row;
}

const checkAgentManager: OperationHandler<'checkAgentManager'> =
  async (server, { body, params }) =>
  () => ({ status: 200, body: agentManager(server, requireEnterprise(server, params.accountId), body.proof) });

/** A new window and permission for an active (or expired) agent: the window is chosen, not picked from a menu. */
const updateAgent: OperationHandler<'updateAgent'> = async (server, { body, params }) => {
  const window = checkWindow(server, body.validFrom, body.validUntil);
  return () => {
    const enterprise = requireEnterprise(server, params.accountId);
    requireAgentManager(server, enterprise, body.proof);
    const row = requireAgent(server, enterprise, params.agentId);
    if (row.status !== 'active') throw new ApiError(409, 'AGENT_NOT_ACTIVE', 'approve or reject a pending request instead', 'agentId');
    const updated: AgentRow = { ...row, valid_from: window.from, valid_until: window.until, may_manage_agents: body.mayManageAgents ? 1 : 0 };
    server.db
      .prepare('UPDATE agents SET valid_from = ?, valid_until = ?, may_manage_agents = ? WHERE agent_id = ?')
      .run(updated.valid_from, updated.valid_until, updated.may_manage_agents, row.agent_id);
    return { status: 200, body: agentBody(server, updated) };
  };
};

const removeAgent: OperationHandler<'removeAgent'> =
  async (server, { body, params }) =>
  () => {
    const enterprise = requireEnterprise(server, params.accountId);
    requireAgentManager(server, enterprise, body.proof);
    const row = requireAgent(server, enterprise, params.agentId);
    if (row.status !== 'active') throw new ApiError(409, 'AGENT_NOT_ACTIVE', 'reject a pending request instead', 'agentId');
    server.db.prepare('DELETE FROM agents WHERE agent_id = ?').run(row.agent_id);
    return { status: 200, body: { agentId: row.agent_id, removed: true as const } };
  };

const rejectAgent: OperationHandler<'rejectAgent'> =
  async (server, { body, params }) =>
  () => {
    const enterprise = requireEnterprise(server, params.accountId);
    requireAgentManager(server, enterprise, body.proof);
    const row = requireAgent(server, enterprise, params.agentId);
    if (row.status !== 'pending') throw new ApiError(409, 'AGENT_NOT_PENDING', 'this agent is not waiting for approval', 'agentId');
    server.db.prepare('DELETE FROM agents WHERE agent_id = ?').run(row.agent_id);
    return { status: 200, body: { agentId: row.agent_id, rejected: true as const } };
  };

/**
 * The enterprise's reserved phone replaced: the legal representative's matched face, and the code
 * sent to the new phone. A phone another account holds (a person's, another enterprise's) is refused.
 */
const changeEnterprisePhone: OperationHandler<'changeEnterprisePhone'> = async (server, { body }) => {
  const uscc = requireOk(parseUscc(body.uscc), 'uscc');
  const idNumber = requireOk(
    parseDocumentNumber(body.legalRepresentative.idType, body.legalRepresentative.idNumber, today(server)),
    'legalRepresentative.idNumber',
  );
  const newPhone = checkPhone(body.newPhone, 'newPhone');
  return () => {
    const enterprise = findAccount(server.db, 'uscc', uscc);
    if (!enterprise || enterprise.kind !== 'enterprise') throw new ApiError(404, 'ACCOUNT_NOT_FOUND', 'no such enterprise account', 'uscc');
    if (enterprise.id_number !== idNumber || enterprise.holder_name !== body.legalRepresentative.name) {
      throw new ApiError(422, 'LEGAL_REPRESENTATIVE_MISMATCH', 'not the legal representative', 'legalRepresentative.idNumber');
    }
    requireMatchedFace(server, body.faceVerificationId, idNumber, 'faceVerificationId');
    const holder = server.db.prepare('SELECT account_id FROM accounts WHERE phone = ? AND account_id != ?').get(newPhone, enterprise.account_id);
    if (holder) throw new ApiError(409, 'PHONE_ALREADY_BOUND', 'phone is bound to another account', 'newPhone');
    requireVerifiedSms(server, body.smsChallengeId, newPhone, 'phone_change', 'smsChallengeId');
    server.db.prepare('UPDATE accounts SET phone = ? WHERE account_id = ?').run(newPhone, enterprise.account_id);
    return { status: 200, body: { accountId: enterprise.account_id, maskedPhone: maskPhone(newPhone) } };
  };
};

/**
 * An agent registers for an enterprise: a new person account when the agent has none (their card,
 * phone and password), and a pending agent request the legal representative approves or rejects.
 */
const registerAgent: OperationHandler<'registerAgent'> = async (server, { body, now }) => {
  const uscc = requireOk(parseUscc(body.uscc), 'uscc');
  const agent = checkIdentity(server, body.agent, 'agent', true);
  const phone = checkPhone(body.agent.phone, 'agent.phone');
  const repPhone = checkPhone(body.legalRepresentativePhone, 'legalRepresentativePhone');
  const passwordHash = await hashPassword(checkPassword(server, body.password, 'password'), server.passwordCost);
  return () => {
    const enterprise = findAccount(server.db, 'uscc', uscc);
    if (!enterprise || enterprise.kind !== 'enterprise') throw new ApiError(404, 'ACCOUNT_NOT_FOUND', 'no such enterprise account', 'uscc');
    if (enterprise.phone !== repPhone)
      throw new ApiError(422, 'LEGAL_REPRESENTATIVE_PHONE_MISMATCH', 'not the legal representative’s phone', 'legalRepresentativePhone');
    if (enterprise.id_number === agent.idNumber)
      throw new ApiError(422, 'AGENT_IS_LEGAL_REPRESENTATIVE', 'the legal representative needs no agent role', 'agent.idNumber');
    requireMatchedFace(server, body.faceVerificationId, agent.idNumber, 'faceVerificationId');
    let person = findPersonByIdNumber(server.db, agent.idNumber);
    if (person && person.holder_name !== agent.name) throw new ApiError(422, 'NAME_MISMATCH', 'name does not match the registered person', 'agent.name');
    if (!person) {
      if (findPersonByPhone(server.db, phone)) throw new ApiError(409, 'PHONE_ALREADY_BOUND', 'phone is bound to another account', 'agent.phone');
      const accountId = newId('P');
      server.db
        .prepare(
          `INSERT INTO accounts (account_id, kind, account_name, holder_name, id_type, id_number, phone, status, real_name_level, password_hash, created_at)
          VALUES (?, 'person', NULL, ?, ?, ?, ?, 'active', 3, ?, ?)`,
        )
        .run(accountId, agent.name, agent.idType, agent.idNumber, phone, passwordHash, now);
      person = findAccount(server.db, 'account_id', accountId)!;
    }
    if (server.db.prepare('SELECT 1 FROM agents WHERE enterprise_account_id = ? AND person_account_id = ?').get(enterprise.account_id, person.account_id)) {
      throw new ApiError(409, 'AGENT_ALREADY_ADDED', 'this person is already an agent or has asked to be one', 'agent.idNumber');
    }
    const agentId = newId('G');
    server.db
      .prepare(`INSERT INTO agents (agent_id, enterprise_account_id, person_account_id, status, created_at) VALUES (?, ?, ?, 'pending', ?)`)
      .run(agentId, enterprise.account_id, person.account_id, now);
    return { status: 201, body: { agentId, status: 'pending' as const, maskedEnterpriseName: maskEnterpriseName(enterprise.enterprise_name ?? '') } };
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

export const agentHandlers = {
  lookupEnterprise,
  checkLegalRepresentative,
  changeEnterprisePhone,
  registerAgent,
  listAgents,
  addAgent,
  approveAgent,
  checkAgentManager,
  updateAgent,
  removeAgent,
  rejectAgent,
} satisfies Partial<OperationHandlers>;
