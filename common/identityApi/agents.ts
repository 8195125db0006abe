import { z } from 'zod';
import { documentNumberSchema, entityIdSchema, idTypeSchema, isoDateSchema, nameSchema, personIdentitySchema } from './primitives';
import { sealedSecretSchema } from './sealedSecret';
import { op } from './operation';

/** Business-registry lookup before an enterprise registers (the kiosk offers the registered name). */
export const enterpriseLookupRequestSchema = z.object({ uscc: z.string().min(1).max(32) });
export const enterpriseLookupSchema = z.object({
  /** The registered name when the registry knows the USCC; null otherwise. */
  enterpriseName: z.string().nullable(),
  inRegistry: z.boolean(),
  accountStatus: z.enum(['none', 'active', 'pending_activation', 'locked']),
  /** The enterprise account, when there is one. */
  accountId: entityIdSchema.nullable(),
});
export type EnterpriseLookup = z.infer<typeof enterpriseLookupSchema>;

/** Does the business registry name this person as the enterprise's legal representative (asked right after the card read). */
export const legalRepresentativeCheckRequestSchema = z.object({
  uscc: z.string().min(1).max(32),
  legalRepresentative: z.object({ name: nameSchema, idType: idTypeSchema, idNumber: documentNumberSchema }),
});
export const legalRepresentativeCheckSchema = z.object({
  inRegistry: z.boolean(),
  /** null when the registry does not know the USCC (registration then ends pending activation). */
  match: z.boolean().nullable(),
});
export type LegalRepresentativeCheck = z.infer<typeof legalRepresentativeCheckSchema>;

/**
 * The proof for agent changes (Jilin manual §4.2(4), Tibet manual part 3): a matched face, or a QR
 * sign-in confirmed in the province app, of the legal representative or of an active agent who may
 * manage agents.
 */
export const agentProofSchema = z
  .object({ faceVerificationId: entityIdSchema.optional(), qrSessionId: entityIdSchema.optional() })
  .refine((p) => (p.faceVerificationId === undefined) !== (p.qrSessionId === undefined), { message: 'exactly one proof' });

/** An agent's validity window (calendar days, China time) and whether they may manage other agents. */
const grantSchema = {
  validFrom: isoDateSchema,
  validUntil: isoDateSchema,
  mayManageAgents: z.boolean(),
  proof: agentProofSchema,
};

/** Whoever adds the agent also sets the agent's initial login password (the province manuals' 我的经办人 → 添加). */
export const addAgentRequestSchema = z.object({
  agent: z.object({ name: nameSchema, idType: idTypeSchema, idNumber: documentNumberSchema }),
  ...grantSchema,
  initialPassword: sealedSecretSchema,
});
export type AddAgentRequest = z.infer<typeof addAgentRequestSchema>;

export const approveAgentRequestSchema = z.object(grantSchema);
export type ApproveAgentRequest = z.infer<typeof approveAgentRequestSchema>;

/** A new validity window (and permission) for an agent, chosen by whoever manages the enterprise's agents. */
export const updateAgentRequestSchema = z.object(grantSchema);
export type UpdateAgentRequest = z.infer<typeof updateAgentRequestSchema>;

/** Removing an agent, or rejecting a pending request: only the proof of whoever manages the agents. */
export const agentChangeProofRequestSchema = z.object({ proof: agentProofSchema });

/** Who the proof belongs to, for the enterprise: its legal representative, or one of its agents and whether they may manage agents. */
export const agentManagerSchema = z.object({
  role: z.enum(['legal_representative', 'agent']),
  mayManageAgents: z.boolean(),
  maskedName: z.string(),
  /** In full: whoever proved to be the legal representative or an agent of the enterprise knows its name. */
  enterpriseName: z.string(),
});
export type AgentManager = z.infer<typeof agentManagerSchema>;

export const agentSchema = z.object({
  agentId: entityIdSchema,
  maskedName: z.string(),
  maskedIdNumber: z.string(),
  /** pending: the agent asked (in the app) and waits for the legal representative. */
  status: z.enum(['pending', 'active', 'expired']),
  idType: idTypeSchema,
  maskedPhone: z.string(),
  validFrom: isoDateSchema.nullable(),
  validUntil: isoDateSchema.nullable(),
  mayManageAgents: z.boolean(),
});
export type Agent = z.infer<typeof agentSchema>;
export const agentListSchema = z.object({ agents: z.array(agentSchema) });

/** A new reserved phone for an enterprise: its legal representative's matched face and the code sent to the new phone. */
export const changeEnterprisePhoneRequestSchema = z.object({
  uscc: z.string().min(1).max(32),
  legalRepresentative: z.object({ name: nameSchema, idType: idTypeSchema, idNumber: documentNumberSchema }),
  faceVerificationId: entityIdSchema,
  newPhone: z.string().min(1).max(20),
  smsChallengeId: entityIdSchema,
});
export const enterprisePhoneChangeSchema = z.object({ accountId: entityIdSchema, maskedPhone: z.string() });

/**
 * Tibet's agent registration (我是代理人): the enterprise, the agent as their card states them with
 * where they register, sex and ethnicity, the legal representative's reserved phone (which the agent
 * must know), the agent's matched face and password. The request waits for the legal representative.
 */
export const registerAgentRequestSchema = z.object({
  uscc: z.string().min(1).max(32),
  region: z.string().min(1).max(60),
  agent: personIdentitySchema.extend({ sex: z.enum(['male', 'female']), ethnicity: z.string().min(1).max(20), phone: z.string().min(1).max(20) }),
  legalRepresentativePhone: z.string().min(1).max(20),
  faceVerificationId: entityIdSchema,
  password: sealedSecretSchema,
});
export const agentRegistrationSchema = z.object({ agentId: entityIdSchema, status: z.literal('pending'), maskedEnterpriseName: z.string() });

/** Longest agent validity window the reference server grants. */
export const AGENT_MAX_YEARS = 5;

export const agentOperations = {
  lookupEnterprise: op({
    method: 'POST',
    path: '/v1/enterprise-lookups',
    summary: 'Business registry and account status of a USCC',
    kind: 'query',
    request: enterpriseLookupRequestSchema,
    response: enterpriseLookupSchema,
    status: 200,
    errors: ['USCC_LENGTH', 'USCC_CHARACTERS', 'USCC_CHECK_CHAR'],
  }),
  checkLegalRepresentative: op({
    method: 'POST',
    path: '/v1/legal-representative-checks',
    summary: 'Does the business registry name this person as legal representative of the USCC',
    kind: 'query',
    request: legalRepresentativeCheckRequestSchema,
    response: legalRepresentativeCheckSchema,
    status: 200,
    errors: ['USCC_LENGTH', 'USCC_CHARACTERS', 'USCC_CHECK_CHAR', 'ID_NUMBER_CHECK_CHAR', 'NAME_CHARACTERS'],
  }),
  changeEnterprisePhone: op({
    method: 'POST',
    path: '/v1/enterprise-phone-changes',
    summary: "Bind a new reserved phone to an enterprise after its legal representative's face and the new phone's code",
    kind: 'write',
    request: changeEnterprisePhoneRequestSchema,
    response: enterprisePhoneChangeSchema,
    status: 200,
    errors: ['ACCOUNT_NOT_FOUND', 'LEGAL_REPRESENTATIVE_MISMATCH', 'FACE_NOT_MATCHED', 'PHONE_ALREADY_BOUND', 'SMS_NOT_VERIFIED'],
  }),
  registerAgent: op({
    method: 'POST',
    path: '/v1/agent-registrations',
    summary: 'An agent registers for an enterprise (Tibet); pending until the legal representative approves',
    kind: 'write',
    request: registerAgentRequestSchema,
    response: agentRegistrationSchema,
    status: 201,
    errors: [
      'ACCOUNT_NOT_FOUND',
      'LEGAL_REPRESENTATIVE_PHONE_MISMATCH',
      'NAME_MISMATCH',
      'FACE_NOT_MATCHED',
      'PHONE_ALREADY_BOUND',
      'AGENT_ALREADY_ADDED',
      'AGENT_IS_LEGAL_REPRESENTATIVE',
      'PASSWORD_LENGTH',
      'PASSWORD_KINDS',
    ],
  }),
  listAgents: op({
    method: 'GET',
    path: '/v1/enterprises/{accountId}/agents',
    summary: 'Agents of an enterprise (masked), pending requests included',
    kind: 'read',
    request: undefined,
    response: agentListSchema,
    status: 200,
    errors: ['ACCOUNT_NOT_FOUND'],
  }),
  addAgent: op({
    method: 'POST',
    path: '/v1/enterprises/{accountId}/agents',
    summary: 'The legal representative adds a registered natural person as agent',
    kind: 'write',
    request: addAgentRequestSchema,
    response: agentSchema,
    status: 201,
    errors: [
      'AGENT_MANAGEMENT_NOT_ALLOWED',
      'ACCOUNT_NOT_FOUND',
      'AGENT_NOT_REGISTERED',
      'NAME_MISMATCH',
      'AGENT_ALREADY_ADDED',
      'AGENT_IS_LEGAL_REPRESENTATIVE',
      'AGENT_VALIDITY_INVALID',
      'FACE_NOT_MATCHED',
      'QR_SIGN_IN_REQUIRED',
      'PASSWORD_LENGTH',
      'PASSWORD_KINDS',
      'PASSWORD_CHARACTERS',
    ],
  }),
  checkAgentManager: op({
    method: 'POST',
    path: '/v1/enterprises/{accountId}/agent-managers',
    summary: 'Whose proof this is for the enterprise (legal representative or agent) and whether they may manage agents',
    kind: 'query',
    request: agentChangeProofRequestSchema,
    response: agentManagerSchema,
    status: 200,
    errors: ['ACCOUNT_NOT_FOUND', 'FACE_NOT_MATCHED', 'QR_SIGN_IN_REQUIRED'],
  }),
  updateAgent: op({
    method: 'PATCH',
    path: '/v1/enterprises/{accountId}/agents/{agentId}',
    summary: "Change an active agent's validity window and permission",
    kind: 'write',
    request: updateAgentRequestSchema,
    response: agentSchema,
    status: 200,
    errors: [
      'ACCOUNT_NOT_FOUND',
      'AGENT_NOT_FOUND',
      'AGENT_NOT_ACTIVE',
      'AGENT_VALIDITY_INVALID',
      'FACE_NOT_MATCHED',
      'QR_SIGN_IN_REQUIRED',
      'AGENT_MANAGEMENT_NOT_ALLOWED',
    ],
  }),
  removeAgent: op({
    method: 'POST',
    path: '/v1/enterprises/{accountId}/agents/{agentId}/removal',
    summary: 'Remove an agent (active or expired)',
    kind: 'write',
    request: agentChangeProofRequestSchema,
    response: z.object({ agentId: entityIdSchema, removed: z.literal(true) }),
    status: 200,
    errors: ['ACCOUNT_NOT_FOUND', 'AGENT_NOT_FOUND', 'AGENT_NOT_ACTIVE', 'FACE_NOT_MATCHED', 'QR_SIGN_IN_REQUIRED', 'AGENT_MANAGEMENT_NOT_ALLOWED'],
  }),
  rejectAgent: op({
    method: 'POST',
    path: '/v1/enterprises/{accountId}/agents/{agentId}/rejection',
    summary: 'Reject a pending agent request',
    kind: 'write',
    request: agentChangeProofRequestSchema,
    response: z.object({ agentId: entityIdSchema, rejected: z.literal(true) }),
    status: 200,
    errors: ['ACCOUNT_NOT_FOUND', 'AGENT_NOT_FOUND', 'AGENT_NOT_PENDING', 'FACE_NOT_MATCHED', 'QR_SIGN_IN_REQUIRED', 'AGENT_MANAGEMENT_NOT_ALLOWED'],
  }),
  approveAgent: op({
    method: 'POST',
    path: '/v1/enterprises/{accountId}/agents/{agentId}/approval',
    summary: 'The legal representative approves a pending agent request',
    kind: 'write',
    request: approveAgentRequestSchema,
    response: agentSchema,
    status: 200,
    errors: [
      'ACCOUNT_NOT_FOUND',
      'AGENT_NOT_FOUND',
      'AGENT_NOT_PENDING',
      'AGENT_VALIDITY_INVALID',
      'FACE_NOT_MATCHED',
      'QR_SIGN_IN_REQUIRED',
      'AGENT_MANAGEMENT_NOT_ALLOWED',
    ],
  }),
};
