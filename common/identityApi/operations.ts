import { z } from 'zod';
import {
  accountLookupSchema,
  accountSummarySchema,
  agreementSignatureSchema,
  agreementStatusSchema,
  realNameCheckRequestSchema,
  realNameCheckSchema,
  realNameUpgradeRequestSchema,
  realNameUpgradeSchema,
  signAgreementRequestSchema,
} from './accounts';
import { addAgentRequestSchema, agentListSchema, agentSchema, approveAgentRequestSchema, enterpriseLookupRequestSchema, enterpriseLookupSchema } from './agents';
import { appealSchema, appealSubmissionSchema, createAppealRequestSchema, createUploadRequestSchema, uploadStateSchema } from './appeals';
import { changePhoneRequestSchema, passwordResetSchema, phoneChangeSchema, resetPasswordRequestSchema } from './credentials';
import { faceVerificationRequestSchema, faceVerificationSchema } from './face';
import { heartbeatAckSchema, heartbeatRequestSchema } from './heartbeat';
import { confirmQrSessionRequestSchema, createQrSessionRequestSchema, qrSessionSchema } from './qrSignIn';
import {
  activateEnterpriseRequestSchema,
  registerEnterpriseRequestSchema,
  registeredAccountSchema,
  registerPersonRequestSchema,
} from './registration';
import { serverKeySchema } from './sealedSecret';
import { createSmsChallengeRequestSchema, smsChallengeSchema, smsVerificationSchema, verifySmsChallengeRequestSchema } from './sms';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PATCH';

/**
 * One endpoint of the contract. `write` endpoints require an Idempotency-Key; `query` POSTs carry
 * personal data in a body rather than a URL and change nothing. The server routes, the client calls
 * and the OpenAPI document is built from this one table.
 */
export interface Operation<Req extends z.ZodType | undefined = z.ZodType | undefined, Res extends z.ZodType | undefined = z.ZodType | undefined> {
  method: HttpMethod;
  /** OpenAPI path template, e.g. /v1/appeals/{appealId}/uploads. */
  path: string;
  summary: string;
  kind: 'read' | 'query' | 'write';
  request: Req;
  response: Res;
  status: number;
  /** Domain error codes worth documenting for this endpoint (transport codes apply everywhere). */
  errors: readonly string[];
}

const op = <Req extends z.ZodType | undefined, Res extends z.ZodType | undefined>(o: Operation<Req, Res>): Operation<Req, Res> => o;

export const operations = {
  getServerKey: op({
    method: 'GET', path: '/v1/server-key', summary: 'Public key and schemes for sealing secrets', kind: 'read',
    request: undefined, response: serverKeySchema, status: 200, errors: [],
  }),
  createSmsChallenge: op({
    method: 'POST', path: '/v1/sms-challenges', summary: 'Send an SMS code to a phone or to an account\'s reserved phone', kind: 'write',
    request: createSmsChallengeRequestSchema, response: smsChallengeSchema, status: 201,
    errors: ['PHONE_INVALID', 'PHONE_ALREADY_BOUND', 'ACCOUNT_NOT_FOUND', 'SMS_RESEND_TOO_SOON'],
  }),
  verifySmsChallenge: op({
    method: 'POST', path: '/v1/sms-challenges/{challengeId}/verification', summary: 'Check the code the citizen typed', kind: 'write',
    request: verifySmsChallengeRequestSchema, response: smsVerificationSchema, status: 200,
    errors: ['SMS_CHALLENGE_NOT_FOUND', 'SMS_CODE_WRONG', 'SMS_CODE_EXPIRED', 'SMS_ATTEMPTS_EXHAUSTED'],
  }),
  checkRealName: op({
    method: 'POST', path: '/v1/real-name-checks', summary: 'Does this name belong to this ID number (ITS check)', kind: 'query',
    request: realNameCheckRequestSchema, response: realNameCheckSchema, status: 200, errors: ['ID_NUMBER_CHECK_CHAR', 'NAME_CHARACTERS'],
  }),
  lookupAccount: op({
    method: 'POST', path: '/v1/account-lookups', summary: 'Find an account with masked phone, status and real-name level', kind: 'query',
    request: accountLookupSchema, response: accountSummarySchema, status: 200, errors: ['ACCOUNT_NOT_FOUND', 'NAME_MISMATCH'],
  }),
  verifyFace: op({
    method: 'POST', path: '/v1/face-verifications', summary: 'Compare a live capture with the person\'s identity', kind: 'write',
    request: faceVerificationRequestSchema, response: faceVerificationSchema, status: 201, errors: ['REAL_NAME_MISMATCH', 'CAPTURE_INVALID'],
  }),
  registerPerson: op({
    method: 'POST', path: '/v1/persons', summary: 'Natural-person registration', kind: 'write',
    request: registerPersonRequestSchema, response: registeredAccountSchema, status: 201,
    errors: ['ID_NUMBER_CHECK_CHAR', 'PASSWORD_LENGTH', 'PASSWORD_KINDS', 'ACCOUNT_NAME_TAKEN', 'ID_NUMBER_ALREADY_REGISTERED', 'PHONE_ALREADY_BOUND', 'REAL_NAME_MISMATCH', 'SMS_NOT_VERIFIED', 'FACE_VERIFICATION_REQUIRED', 'VALIDITY_TERM_MISMATCH'],
  }),
  registerEnterprise: op({
    method: 'POST', path: '/v1/enterprises', summary: 'Enterprise registration; may come back pending activation', kind: 'write',
    request: registerEnterpriseRequestSchema, response: registeredAccountSchema, status: 201,
    errors: ['USCC_CHECK_CHAR', 'USCC_ALREADY_REGISTERED', 'LEGAL_REPRESENTATIVE_MISMATCH', 'SMS_NOT_VERIFIED', 'FACE_VERIFICATION_REQUIRED'],
  }),
  activateEnterprise: op({
    method: 'POST', path: '/v1/enterprise-activations', summary: 'Activate a pending enterprise account', kind: 'write',
    request: activateEnterpriseRequestSchema, response: registeredAccountSchema, status: 200,
    errors: ['ACCOUNT_NOT_FOUND', 'ACCOUNT_NOT_PENDING', 'LEGAL_REPRESENTATIVE_MISMATCH', 'SMS_NOT_VERIFIED'],
  }),
  resetPassword: op({
    method: 'POST', path: '/v1/password-resets', summary: 'Set a new password after SMS and/or face verification', kind: 'write',
    request: resetPasswordRequestSchema, response: passwordResetSchema, status: 200,
    errors: ['ACCOUNT_NOT_FOUND', 'NAME_MISMATCH', 'VERIFICATION_REQUIRED', 'SMS_NOT_VERIFIED', 'FACE_NOT_MATCHED', 'PASSWORD_LENGTH'],
  }),
  changePhone: op({
    method: 'POST', path: '/v1/phone-changes', summary: 'Bind a new reserved phone after face verification', kind: 'write',
    request: changePhoneRequestSchema, response: phoneChangeSchema, status: 200,
    errors: ['ACCOUNT_NOT_FOUND', 'PHONE_ALREADY_BOUND', 'FACE_NOT_MATCHED', 'SMS_NOT_VERIFIED'],
  }),
  getAgreementStatus: op({
    method: 'GET', path: '/v1/accounts/{accountId}/agreement', summary: 'Which agreement version the account has signed', kind: 'read',
    request: undefined, response: agreementStatusSchema, status: 200, errors: ['ACCOUNT_NOT_FOUND'],
  }),
  signAgreement: op({
    method: 'POST', path: '/v1/accounts/{accountId}/agreement-signatures', summary: 'Sign the current agreement', kind: 'write',
    request: signAgreementRequestSchema, response: agreementSignatureSchema, status: 201,
    errors: ['ACCOUNT_NOT_FOUND', 'AGREEMENT_VERSION_OUTDATED', 'SMS_NOT_VERIFIED', 'FACE_NOT_MATCHED'],
  }),
  upgradeRealName: op({
    method: 'POST', path: '/v1/accounts/{accountId}/real-name-upgrades', summary: 'Raise the real-name level with a matched face', kind: 'write',
    request: realNameUpgradeRequestSchema, response: realNameUpgradeSchema, status: 200, errors: ['ACCOUNT_NOT_FOUND', 'FACE_NOT_MATCHED'],
  }),
  lookupEnterprise: op({
    method: 'POST', path: '/v1/enterprise-lookups', summary: 'Business registry and account status of a USCC', kind: 'query',
    request: enterpriseLookupRequestSchema, response: enterpriseLookupSchema, status: 200, errors: ['USCC_LENGTH', 'USCC_CHARACTERS', 'USCC_CHECK_CHAR'],
  }),
  listAgents: op({
    method: 'GET', path: '/v1/enterprises/{accountId}/agents', summary: 'Agents of an enterprise (masked), pending requests included', kind: 'read',
    request: undefined, response: agentListSchema, status: 200, errors: ['ACCOUNT_NOT_FOUND'],
  }),
  addAgent: op({
    method: 'POST', path: '/v1/enterprises/{accountId}/agents', summary: 'The legal representative adds a registered natural person as agent', kind: 'write',
    request: addAgentRequestSchema, response: agentSchema, status: 201,
    errors: ['ACCOUNT_NOT_FOUND', 'AGENT_NOT_REGISTERED', 'NAME_MISMATCH', 'AGENT_ALREADY_ADDED', 'AGENT_IS_LEGAL_REPRESENTATIVE', 'AGENT_VALIDITY_INVALID', 'FACE_NOT_MATCHED', 'QR_SIGN_IN_REQUIRED'],
  }),
  approveAgent: op({
    method: 'POST', path: '/v1/enterprises/{accountId}/agents/{agentId}/approval', summary: 'The legal representative approves a pending agent request', kind: 'write',
    request: approveAgentRequestSchema, response: agentSchema, status: 200,
    errors: ['ACCOUNT_NOT_FOUND', 'AGENT_NOT_FOUND', 'AGENT_NOT_PENDING', 'AGENT_VALIDITY_INVALID', 'FACE_NOT_MATCHED', 'QR_SIGN_IN_REQUIRED'],
  }),
  createAppeal: op({
    method: 'POST', path: '/v1/appeals', summary: 'Open an enterprise account appeal', kind: 'write',
    request: createAppealRequestSchema, response: appealSchema, status: 201, errors: ['USCC_CHECK_CHAR', 'ID_NUMBER_CHECK_CHAR', 'SMS_NOT_VERIFIED'],
  }),
  createUpload: op({
    method: 'POST', path: '/v1/appeals/{appealId}/uploads', summary: 'Announce a document upload (length and SHA-256)', kind: 'write',
    request: createUploadRequestSchema, response: uploadStateSchema, status: 201, errors: ['APPEAL_NOT_FOUND', 'APPEAL_ALREADY_SUBMITTED'],
  }),
  getUploadOffset: op({
    method: 'HEAD', path: '/v1/uploads/{uploadId}', summary: 'How many bytes the server holds (Upload-Offset, Upload-Length headers)', kind: 'read',
    request: undefined, response: undefined, status: 200, errors: ['UPLOAD_NOT_FOUND'],
  }),
  appendUpload: op({
    method: 'PATCH', path: '/v1/uploads/{uploadId}', summary: 'Append bytes at Upload-Offset; the last chunk triggers the checksum', kind: 'write',
    request: undefined, response: uploadStateSchema, status: 200,
    errors: ['UPLOAD_NOT_FOUND', 'UPLOAD_OFFSET_MISMATCH', 'UPLOAD_TOO_LARGE', 'UPLOAD_CHECKSUM_MISMATCH'],
  }),
  submitAppeal: op({
    method: 'POST', path: '/v1/appeals/{appealId}/submission', summary: 'Submit the appeal for staff review', kind: 'write',
    request: z.object({}), response: appealSubmissionSchema, status: 200, errors: ['APPEAL_NOT_FOUND', 'APPEAL_DOCUMENTS_MISSING'],
  }),
  createQrSession: op({
    method: 'POST', path: '/v1/qr-sessions', summary: 'Start a QR sign-in with the province app', kind: 'write',
    request: createQrSessionRequestSchema, response: qrSessionSchema, status: 201, errors: ['QR_APP_UNKNOWN'],
  }),
  getQrSession: op({
    method: 'GET', path: '/v1/qr-sessions/{sessionId}', summary: 'Poll a QR sign-in', kind: 'read',
    request: undefined, response: qrSessionSchema, status: 200, errors: ['QR_SESSION_NOT_FOUND'],
  }),
  confirmQrSession: op({
    method: 'POST', path: '/v1/qr-sessions/{sessionId}/confirmation', summary: 'The province app confirms the sign-in', kind: 'write',
    request: confirmQrSessionRequestSchema, response: qrSessionSchema, status: 200, errors: ['QR_SESSION_NOT_FOUND', 'QR_SESSION_EXPIRED', 'ACCOUNT_NOT_FOUND'],
  }),
  sendHeartbeat: op({
    method: 'POST', path: '/v1/heartbeats', summary: 'Kiosk health: version, devices, queue depth', kind: 'write',
    request: heartbeatRequestSchema, response: heartbeatAckSchema, status: 200, errors: [],
  }),
} as const;

export type OperationId = keyof typeof operations;
type RequestOf<K extends OperationId> = (typeof operations)[K]['request'];
type ResponseOf<K extends OperationId> = (typeof operations)[K]['response'];
export type OperationRequest<K extends OperationId> = RequestOf<K> extends z.ZodType ? z.input<RequestOf<K>> : never;
export type OperationResponse<K extends OperationId> = ResponseOf<K> extends z.ZodType ? z.output<ResponseOf<K>> : never;

/** Fills a path template: ('/v1/uploads/{uploadId}', {uploadId}) → '/v1/uploads/u_1'. */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new RangeError(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}
