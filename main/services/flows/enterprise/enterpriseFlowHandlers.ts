import { randomUUID } from 'node:crypto';
import type { KioskHandlers } from '../../../../common/contract/kioskApi';
import {
  allowedKinds,
  appealDocumentTypes,
  type AppealDocumentType,
  type EnterpriseInfo,
  type EnterpriseReceipt,
} from '../../../../common/contract/services/enterpriseFlows';
import type { FaceCaptureInput, PersonHolder, PersonIdentityInput } from '../../../../common/contract/services/personFlows';
import { evaluateAccountName, accountNameErrorCode } from '../../../../common/domain/accountNamePolicy';
import { chinaCalendarDate, parseCalendarDate, type CalendarDate } from '../../../../common/domain/calendarDate';
import { maskName, maskPhone } from '../../../../common/domain/mask';
import { evaluatePassword, passwordErrorCode } from '../../../../common/domain/passwordPolicy';
import { parseMobilePhone } from '../../../../common/domain/phone';
import { parseUscc } from '../../../../common/domain/uscc';
import { checkValidityPeriod } from '../../../../common/domain/validityPeriod';
import { KioskError } from '../../../../common/errors';
import type { AccountLookup } from '../../../../common/identityApi/accounts';
import type { CreateAppealRequest } from '../../../../common/identityApi/appeals';
import type { FaceVerificationRequest } from '../../../../common/identityApi/face';
import type { ProvinceProfile } from '../../../../common/profiles/provinceProfile';
import type { EventSink } from '../../../bridge/eventHub';
import { DocumentSession, type DocumentSessionOptions } from '../../documents';
import { isIdentityApiError, type IdentityClient } from '../../identity';
import type { Logger } from '../../log/logger';
import { CardMemory } from '../cardMemory';
import { createIdentityChecks, invalidField as invalid } from '../identityChecks';
import { personFlowErrorCodes, step, toFlowError } from '../flowErrors';
import { newReceiptNo } from '../receipts';
import type { AppealQueue } from './appealQueue';

/** The identity-API calls the enterprise flows make: a structural slice so tests can fake any of it. */
export type EnterpriseFlowClient = Pick<
  IdentityClient,
  | 'seal'
  | 'checkRealName'
  | 'lookupAccount'
  | 'lookupEnterprise'
  | 'createSmsChallenge'
  | 'verifySmsChallenge'
  | 'verifyFace'
  | 'registerEnterprise'
  | 'activateEnterprise'
  | 'resetPassword'
  | 'listAgents'
  | 'addAgent'
  | 'approveAgent'
  | 'createQrSession'
  | 'getQrSession'
  | 'confirmQrSession'
>;

export interface EnterpriseFlowDeps {
  client: EnterpriseFlowClient;
  profile: ProvinceProfile;
  session: { onEnd(hook: () => void): () => void };
  events: { attach(sink: EventSink): () => void };
  log: Logger;
  /** The encrypted outbox for appeal packages; without it appeals cannot be filed. */
  appealQueue?: AppealQueue;
  /** Removable drives, allow-list and (demo only) the stand-in folder. */
  documents?: DocumentSessionOptions;
  /** The hall's authorisation-letter template link (shown as a QR code). */
  appealTemplateUrl?: string;
  /** devices.cameras.documentLabel: the document camera (高拍仪) is chosen by this label. */
  documentCameraLabel?: string;
  /** Demo and training kiosks: the app confirmation can be simulated. */
  demo?: boolean;
  assisted?: () => boolean;
  clock?: () => number;
}

type EnterpriseHandlers = KioskHandlers['enterprise'];
type SmsPurpose = 'registration' | 'appeal' | 'activation' | 'passwordReset';

interface SessionState {
  smsSent: Map<string, { purpose: SmsPurpose; phone: string | null }>;
  smsVerified: Set<string>;
  faces: Map<string, string>;
  activation: { uscc: string; holder: PersonHolder; maskedEnterpriseName: string; maskedPhone: string } | null;
  reset: { lookup: AccountLookup; holder: PersonHolder; maskedEnterpriseName: string; maskedPhone: string; accountName: string | null; uscc: string | null } | null;
  appeal: { request: Omit<CreateAppealRequest, 'smsChallengeId' | 'remark'>; required: AppealDocumentType[] } | null;
  agents: { accountId: string; maskedEnterpriseName: string; proof: { faceVerificationId: string } | { qrSessionId: string } } | null;
  /** The server knows who confirmed; it checks that person against the legal representative. */
  qr: { sessionId: string; confirmed: boolean } | null;
}

const fresh = (): SessionState => ({
  smsSent: new Map(),
  smsVerified: new Set(),
  faces: new Map(),
  activation: null,
  reset: null,
  appeal: null,
  agents: null,
  qr: null,
});

const stepMissing = (message: string, field?: string) => new KioskError(personFlowErrorCodes.stepMissing, message, field);
const livenessAction = { turnLeft: 'turn_left', turnRight: 'turn_right', nod: 'nod' } as const;

/** 91220101MA0Y1JK2XY → 912***********K2XY: enough to recognise, not to reuse. */
export function maskUscc(uscc: string): string {
  return uscc.length < 8 ? '*'.repeat(uscc.length) : uscc.slice(0, 3) + '*'.repeat(uscc.length - 7) + uscc.slice(-4);
}

/** An enterprise name keeps its first two and last two characters: 吉林******公司. */
export function maskEnterpriseName(name: string): string {
  const chars = [...name];
  if (chars.length <= 4) return maskName(name);
  return chars.slice(0, 2).join('') + '*'.repeat(chars.length - 4) + chars.slice(-2).join('');
}

/**
 * The authoritative side of the enterprise flows. Same rules as the person flows: every call
 * re-validates with common/, uses only proofs obtained in this session, seals passwords, maps
 * identity-API failures. Appeal documents live in memory until they are queued (encrypted) and are
 * zeroed at the session's end.
 */
export function createEnterpriseFlowHandlers(deps: EnterpriseFlowDeps): { enterprise: EnterpriseHandlers } {
  const { client, profile } = deps;
  const clock = deps.clock ?? Date.now;
  const log = deps.log.child({ component: 'enterprise-flows' });
  const cards = new CardMemory();
  const documents = new DocumentSession(deps.documents);
  let state = fresh();
  deps.events.attach(cards.sink);
  deps.session.onEnd(() => {
    state = fresh();
    cards.clear();
    documents.wipe();
  });

  const today = (): CalendarDate => chinaCalendarDate(clock());
  const { checkHolder, checkSource } = createIdentityChecks({ profile, cards, assisted: deps.assisted, today });

  function checkUscc(raw: string, field: string): string {
    const parsed = parseUscc(raw);
    if (!parsed.ok) throw invalid(parsed.code, field);
    return parsed.value;
  }

  function checkEnterprise(info: EnterpriseInfo, prefix = 'enterprise'): EnterpriseInfo {
    const uscc = checkUscc(info.uscc, `${prefix}.uscc`);
    const name = info.enterpriseName.trim();
    if (name.length < 2) throw invalid('ENTERPRISE_NAME_REQUIRED', `${prefix}.enterpriseName`);
    return { legalEntityType: info.legalEntityType, enterpriseName: name, uscc };
  }


  /** A card-sourced identity must be what the reader read; a typed one needs assisted mode. */
  function checkIdentity(identity: PersonIdentityInput, prefix: string) {
    const holder = checkHolder(identity, prefix);
    checkSource(identity, holder, prefix);
    if (holder.birthDate && identity.validity) {
      const start = parseCalendarDate(identity.validity.start);
      const end = identity.validity.end === 'long-term' ? 'long-term' : parseCalendarDate(identity.validity.end);
      if (!start || !end) throw invalid('VALIDITY_START_REQUIRED', `${prefix}.validity`);
      const checked = checkValidityPeriod({ birthDate: holder.birthDate, today: today(), start, end });
      if (!checked.ok) throw invalid(checked.code, `${prefix}.validity`);
    } else if (holder.birthDate) {
      // A legal representative or agent is an adult: the card's validity period is required.
      throw invalid('VALIDITY_START_REQUIRED', `${prefix}.validity`);
    }
    const validity = identity.validity ?? undefined;
    return { holder, api: { name: holder.name, idType: holder.idType, idNumber: holder.idNumber, ...(validity ? { validity } : {}) } };
  }

  function checkPassword(password: string, field: string): void {
    const code = passwordErrorCode(evaluatePassword(password, profile.password));
    if (code) throw invalid(code, field);
  }

  function checkAccountName(name: string | undefined): string | undefined {
    if (profile.accountName.kind !== 'chosen') return undefined;
    const value = name ?? '';
    const code = value === '' ? 'ACCOUNT_NAME_REQUIRED' : accountNameErrorCode(evaluateAccountName(value, profile.accountName));
    if (code) throw invalid(code, 'accountName');
    return value;
  }

  function requireSms(challengeId: string | null | undefined, purpose: SmsPurpose, phone: string | null): string {
    const sent = challengeId ? state.smsSent.get(challengeId) : undefined;
    if (!challengeId || !sent || sent.purpose !== purpose || sent.phone !== phone || !state.smsVerified.has(challengeId)) {
      throw stepMissing('no verified SMS code for this step', 'smsChallengeId');
    }
    return challengeId;
  }

  function requireFace(verificationId: string | undefined, idNumber: string): string {
    if (!verificationId || state.faces.get(verificationId) !== idNumber) throw stepMissing('no matched face for this person in this session', 'faceVerificationId');
    return verificationId;
  }

  function faceRequest(holder: PersonHolder, capture: FaceCaptureInput): FaceVerificationRequest {
    const actions = [...new Set(capture.liveness.moves)].map((move) => livenessAction[move]);
    const score = capture.liveness.passed ? Math.min(1, 0.6 + 0.4 * capture.liveness.detectionScore) : 0;
    return {
      subject: { name: holder.name, idType: holder.idType, idNumber: holder.idNumber },
      capture: { contentType: 'image/jpeg', data: capture.jpegBase64 },
      liveness: { score, actions },
    };
  }

  function receipt(service: EnterpriseReceipt['service'], parts: Partial<EnterpriseReceipt>): EnterpriseReceipt {
    const now = new Date(clock());
    return {
      receiptNo: newReceiptNo(now),
      service,
      completedAt: now.toISOString(),
      queued: false,
      maskedEnterpriseName: '',
      maskedUscc: '',
      maskedName: '',
      maskedPhone: null,
      accountName: null,
      accountStatus: null,
      ...parts,
    };
  }

  const rejected = (error: unknown, codes: readonly string[], field?: string): never => {
    if (isIdentityApiError(error) && codes.includes(error.code)) throw new KioskError(error.code, `refused: ${error.code}`, field ?? error.field);
    throw toFlowError(error);
  };

  const enterprise: EnterpriseHandlers = {
    async lookupEnterprise({ uscc }) {
      const value = checkUscc(uscc, 'uscc');
      const found = await step(() => client.lookupEnterprise(value));
      return { enterpriseName: found.enterpriseName, inRegistry: found.inRegistry, accountStatus: found.accountStatus };
    },

    async sendSms(arg) {
      let phone: string | null = null;
      let request: Parameters<EnterpriseFlowClient['createSmsChallenge']>[0];
      if (arg.purpose === 'registration' || arg.purpose === 'appeal') {
        const parsed = parseMobilePhone(arg.phone);
        if (!parsed.ok) throw invalid(parsed.code, 'phone');
        phone = parsed.value;
        request = { purpose: arg.purpose === 'registration' ? 'enterprise_registration' : 'appeal', target: { kind: 'phone', phone } };
      } else if (arg.purpose === 'activation') {
        const found = state.activation;
        if (!found) throw stepMissing('find the enterprise first', 'uscc');
        request = { purpose: 'enterprise_activation', target: { kind: 'account', account: { by: 'uscc', value: found.uscc, name: found.holder.name } } };
      } else {
        const found = state.reset;
        if (!found) throw stepMissing('find the account first', 'legalAccount');
        request = { purpose: 'password_reset', target: { kind: 'account', account: found.lookup } };
      }
      try {
        const challenge = await client.createSmsChallenge(request);
        state.smsSent.set(challenge.challengeId, { purpose: arg.purpose, phone });
        return { challengeId: challenge.challengeId, maskedPhone: challenge.maskedPhone, resendAfterSeconds: challenge.resendAfterSeconds };
      } catch (error) {
        return rejected(error, ['SMS_RESEND_TOO_SOON', 'PHONE_INVALID'], 'phone');
      }
    },

    async verifySms({ challengeId, code }) {
      if (!state.smsSent.has(challengeId)) throw stepMissing('unknown challenge', 'challengeId');
      try {
        await client.verifySmsChallenge(challengeId, code);
        state.smsVerified.add(challengeId);
        return { verified: true, attemptsLeft: null };
      } catch (error) {
        if (isIdentityApiError(error) && error.code === 'SMS_CODE_WRONG') return { verified: false, attemptsLeft: error.details.attemptsLeft ?? null };
        return rejected(error, ['SMS_CODE_EXPIRED', 'SMS_ATTEMPTS_EXHAUSTED', 'SMS_CHALLENGE_NOT_FOUND'], 'code');
      }
    },

    async verifyFace({ holder, capture }) {
      const checked = checkHolder(holder, 'holder');
      const result = await step(() => client.verifyFace(faceRequest(checked, capture), randomUUID()));
      if (result.result === 'match') state.faces.set(result.verificationId, checked.idNumber);
      log.info('legal representative face verified', { result: result.result });
      return { result: result.result, verificationId: result.result === 'match' ? result.verificationId : null };
    },

    async checkRegistration({ enterprise: info, legalRepresentative }) {
      const company = checkEnterprise(info);
      const { holder } = checkIdentity(legalRepresentative, 'legalRepresentative');
      const found = await step(() => client.lookupEnterprise(company.uscc));
      if (found.accountStatus !== 'none') throw new KioskError('USCC_ALREADY_REGISTERED', 'this enterprise already has an account', 'enterprise.uscc');
      const real = await step(() => client.checkRealName({ name: holder.name, idType: holder.idType, idNumber: holder.idNumber }));
      if (!real.match) throw new KioskError('REAL_NAME_MISMATCH', 'name and ID number do not match', 'legalRepresentative.name');
      return { inRegistry: found.inRegistry };
    },

    async register(arg) {
      const company = checkEnterprise(arg.enterprise);
      const { holder, api } = checkIdentity(arg.legalRepresentative, 'legalRepresentative');
      const phone = parseMobilePhone(arg.phone);
      if (!phone.ok) throw invalid(phone.code, 'phone');
      const accountName = checkAccountName(arg.accountName);
      checkPassword(arg.password, 'password');
      const smsChallengeId = requireSms(arg.smsChallengeId, 'registration', phone.value);
      const faceVerificationId = requireFace(arg.faceVerificationId, holder.idNumber);
      const password = await step(() => client.seal(arg.password));
      let account;
      try {
        account = await client.registerEnterprise({
          enterpriseName: company.enterpriseName,
          uscc: company.uscc,
          legalEntityType: company.legalEntityType,
          ...(accountName ? { accountName } : {}),
          password,
          legalRepresentative: { ...api, phone: phone.value },
          smsChallengeId,
          faceVerificationId,
        });
      } catch (error) {
        return rejected(error, ['USCC_ALREADY_REGISTERED', 'LEGAL_REPRESENTATIVE_MISMATCH', 'ACCOUNT_NAME_TAKEN', 'REAL_NAME_MISMATCH']);
      }
      log.info('enterprise registered', { status: account.status });
      return receipt('enterpriseRegistration', {
        maskedEnterpriseName: maskEnterpriseName(company.enterpriseName),
        maskedUscc: maskUscc(company.uscc),
        maskedName: maskName(holder.name),
        maskedPhone: maskPhone(phone.value),
        accountName: account.accountName,
        accountStatus: account.status,
      });
    },

    async findPendingEnterprise({ uscc, legalRepresentative }) {
      const value = checkUscc(uscc, 'uscc');
      const holder = checkHolder(legalRepresentative, 'legalRepresentative');
      let summary;
      try {
        summary = await client.lookupAccount({ by: 'uscc', value, name: holder.name });
      } catch (error) {
        return rejected(error, ['ACCOUNT_NOT_FOUND', 'NAME_MISMATCH']);
      }
      if (summary.kind !== 'enterprise') throw new KioskError('ACCOUNT_NOT_FOUND', 'not an enterprise account', 'uscc');
      if (summary.status !== 'pending_activation') throw new KioskError('ACCOUNT_NOT_PENDING', 'this enterprise account is not waiting for activation', 'uscc');
      state.activation = { uscc: value, holder: { name: holder.name, idType: holder.idType, idNumber: holder.idNumber }, maskedEnterpriseName: summary.maskedName, maskedPhone: summary.maskedPhone };
      return { maskedEnterpriseName: summary.maskedName, maskedPhone: summary.maskedPhone };
    },

    async activate(arg) {
      const found = state.activation;
      if (!found) throw stepMissing('find the enterprise first', 'uscc');
      const accountName = checkAccountName(arg.accountName);
      checkPassword(arg.password, 'password');
      const smsChallengeId = requireSms(arg.smsChallengeId, 'activation', null);
      const password = await step(() => client.seal(arg.password));
      let account;
      try {
        account = await client.activateEnterprise({ uscc: found.uscc, legalRepresentative: found.holder, smsChallengeId, ...(accountName ? { accountName } : {}), password });
      } catch (error) {
        return rejected(error, ['LEGAL_REPRESENTATIVE_MISMATCH', 'ACCOUNT_NOT_PENDING', 'ACCOUNT_NAME_TAKEN']);
      }
      log.info('enterprise activated');
      return receipt('enterpriseActivation', {
        maskedEnterpriseName: found.maskedEnterpriseName,
        maskedUscc: maskUscc(found.uscc),
        maskedName: maskName(found.holder.name),
        maskedPhone: found.maskedPhone,
        accountName: account.accountName,
        accountStatus: account.status,
      });
    },

    async findForPasswordReset({ legalAccount, legalRepresentative }) {
      const holder = checkHolder(legalRepresentative, 'legalRepresentative');
      const asUscc = parseUscc(legalAccount);
      const lookup: AccountLookup = asUscc.ok ? { by: 'uscc', value: asUscc.value, name: holder.name } : { by: 'account_name', value: legalAccount.trim(), name: holder.name };
      let summary;
      try {
        summary = await client.lookupAccount(lookup);
      } catch (error) {
        return rejected(error, ['ACCOUNT_NOT_FOUND', 'NAME_MISMATCH'], 'legalAccount');
      }
      if (summary.kind !== 'enterprise') throw new KioskError('ACCOUNT_NOT_FOUND', 'not an enterprise account', 'legalAccount');
      if (summary.status === 'pending_activation') throw new KioskError('ACCOUNT_PENDING_ACTIVATION', 'activate the account instead', 'legalAccount');
      state.reset = {
        lookup,
        holder: { name: holder.name, idType: holder.idType, idNumber: holder.idNumber },
        maskedEnterpriseName: summary.maskedName,
        maskedPhone: summary.maskedPhone,
        accountName: summary.accountName,
        uscc: asUscc.ok ? asUscc.value : null,
      };
      return { maskedEnterpriseName: summary.maskedName, maskedPhone: summary.maskedPhone };
    },

    async resetPassword({ newPassword, smsChallengeId }) {
      const found = state.reset;
      if (!found) throw stepMissing('find the account first', 'legalAccount');
      checkPassword(newPassword, 'newPassword');
      const proof = requireSms(smsChallengeId, 'passwordReset', null);
      const sealed = await step(() => client.seal(newPassword));
      try {
        await client.resetPassword({
          account: { kind: 'enterprise', enterprise: { by: found.lookup.by === 'uscc' ? 'uscc' : 'account_name', value: found.lookup.value }, legalRepresentative: found.holder },
          proof: { smsChallengeId: proof },
          newPassword: sealed,
        });
      } catch (error) {
        return rejected(error, ['LEGAL_REPRESENTATIVE_MISMATCH', 'NAME_MISMATCH', 'ACCOUNT_NOT_FOUND'], 'legalRepresentative.idNumber');
      }
      log.info('enterprise password reset');
      return receipt('enterprisePasswordReset', {
        maskedEnterpriseName: found.maskedEnterpriseName,
        maskedUscc: found.uscc ? maskUscc(found.uscc) : '',
        maskedName: maskName(found.holder.name),
        maskedPhone: found.maskedPhone,
        accountName: found.accountName,
      });
    },

    async checkAppealIdentity(arg) {
      const company = checkEnterprise(arg.enterprise);
      const rep = checkIdentity(arg.legalRepresentative, 'legalRepresentative');
      const agent = arg.agent ? checkIdentity(arg.agent, 'agent') : null;
      const phone = parseMobilePhone(arg.phone);
      if (!phone.ok) throw invalid(phone.code, 'phone');
      const required: AppealDocumentType[] = appealDocumentTypes.filter((d) => agent || !d.startsWith('agent') && d !== 'authorisation_letter');
      state.appeal = {
        request: {
          type: arg.type,
          enterprise: { legalEntityType: company.legalEntityType, enterpriseName: company.enterpriseName, uscc: company.uscc },
          legalRepresentative: rep.api,
          ...(agent ? { agent: agent.api } : {}),
          phone: phone.value,
        },
        required,
      };
      return { requiredDocuments: required };
    },

    async listDrives() {
      return { drives: await documents.listDrives() };
    },
    async listDriveFiles({ driveId }) {
      return { files: await documents.listFiles(driveId) };
    },
    async importDriveFile({ driveId, fileId, documentType }) {
      const view = await documents.importFile(driveId, fileId, documentType);
      log.info('document imported from a drive', { documentType, kind: view.kind, size: view.size });
      return view;
    },
    addCapturedDocument({ documentType, jpegBase64 }) {
      const bytes = Buffer.from(jpegBase64, 'base64');
      if (!allowedKinds[documentType].includes('jpeg')) throw invalid('DOCUMENT_TYPE_NOT_ALLOWED', 'documentType');
      return documents.addCaptured(documentType, bytes);
    },
    removeDocument({ documentId }) {
      return { removed: documents.remove(documentId) };
    },
    appealSettings() {
      return { templateUrl: deps.appealTemplateUrl ?? null, documentCameraLabel: deps.documentCameraLabel ?? null };
    },

    async submitAppeal({ smsChallengeId, documents: ids, remark }) {
      const appeal = state.appeal;
      if (!appeal) throw stepMissing('identity step first');
      if (!deps.appealQueue) throw new KioskError(personFlowErrorCodes.unavailable, 'no outbox for appeals');
      // The SMS check is online only: offline, the package is queued without it and staff confirm the phone.
      const sms = smsChallengeId === null ? undefined : requireSms(smsChallengeId, 'appeal', appeal.request.phone);
      const held = ids.map((id) => documents.get(id));
      if (held.some((d) => !d)) throw stepMissing('a document is no longer held', 'documents');
      const byType = new Map(held.map((d) => [d!.documentType, d!]));
      const missing = appeal.required.filter((t) => !byType.has(t));
      if (missing.length > 0) throw new KioskError('APPEAL_DOCUMENTS_MISSING', `missing: ${missing.join(', ')}`, 'documents');
      const text = remark.trim();
      const request: CreateAppealRequest = { ...appeal.request, ...(sms ? { smsChallengeId: sms } : {}), ...(text ? { remark: text } : {}) };
      const attachments = appeal.required.map((t) => {
        const d = byType.get(t)!;
        return { documentType: t, contentType: d.contentType, data: d.bytes };
      });
      await deps.appealQueue.enqueue(request, attachments);
      const bytes = attachments.reduce((n, a) => n + a.data.length, 0);
      log.info('appeal queued', { documents: attachments.length, bytes, sms: Boolean(sms) });
      for (const id of ids) documents.remove(id);
      const { enterprise: company, legalRepresentative, phone } = appeal.request;
      state.appeal = null;
      return receipt('appeal', {
        queued: true,
        maskedEnterpriseName: maskEnterpriseName(company.enterpriseName),
        maskedUscc: maskUscc(company.uscc),
        maskedName: maskName(legalRepresentative.name),
        maskedPhone: maskPhone(phone),
      });
    },

    async agentsSignIn({ uscc, proof }) {
      const value = checkUscc(uscc, 'uscc');
      let holderName = '';
      let apiProof: { faceVerificationId: string } | { qrSessionId: string };
      if (proof.kind === 'face') {
        const holder = checkHolder(proof.legalRepresentative, 'legalRepresentative');
        apiProof = { faceVerificationId: requireFace(proof.faceVerificationId, holder.idNumber) };
        holderName = holder.name;
      } else {
        const qr = state.qr;
        if (!qr?.confirmed) throw stepMissing('sign in with the app first', 'proof');
        apiProof = { qrSessionId: qr.sessionId };
      }
      const found = await step(() => client.lookupEnterprise(value));
      if (found.accountStatus === 'none' || !found.accountId) throw new KioskError('ACCOUNT_NOT_FOUND', 'this enterprise has no account', 'uscc');
      const summary = await client.lookupAccount({ by: 'uscc', value, ...(holderName ? { name: holderName } : {}) }).catch((error: unknown) => rejected(error, ['ACCOUNT_NOT_FOUND', 'NAME_MISMATCH'], 'uscc'));
      const list = await step(() => client.listAgents(found.accountId!));
      state.agents = { accountId: found.accountId, maskedEnterpriseName: summary.maskedName, proof: apiProof };
      return { maskedEnterpriseName: summary.maskedName, agents: list.agents };
    },

    async addAgent({ agent, validFrom, validUntil, mayManageAgents }) {
      const signed = state.agents;
      if (!signed) throw stepMissing('sign in for the enterprise first');
      const checked = checkHolder(agent, 'agent');
      try {
        const added = await client.addAgent(signed.accountId, {
          agent: { name: checked.name, idType: checked.idType, idNumber: checked.idNumber },
          validFrom,
          validUntil,
          mayManageAgents,
          proof: signed.proof,
        });
        log.info('agent added', { mayManageAgents });
        return added;
      } catch (error) {
        return rejected(error, ['AGENT_NOT_REGISTERED', 'NAME_MISMATCH', 'AGENT_ALREADY_ADDED', 'AGENT_IS_LEGAL_REPRESENTATIVE', 'AGENT_VALIDITY_INVALID', 'FACE_NOT_MATCHED', 'QR_SIGN_IN_REQUIRED']);
      }
    },

    async approveAgent({ agentId, validFrom, validUntil, mayManageAgents }) {
      const signed = state.agents;
      if (!signed) throw stepMissing('sign in for the enterprise first');
      try {
        const approved = await client.approveAgent(signed.accountId, agentId, { validFrom, validUntil, mayManageAgents, proof: signed.proof });
        log.info('agent approved', { mayManageAgents });
        return approved;
      } catch (error) {
        return rejected(error, ['AGENT_NOT_FOUND', 'AGENT_NOT_PENDING', 'AGENT_VALIDITY_INVALID', 'FACE_NOT_MATCHED', 'QR_SIGN_IN_REQUIRED']);
      }
    },

    async qrStart({ appId }) {
      const app = appId ? profile.qrSignInApps.find((a) => a.id === appId) : profile.qrSignInApps[0];
      if (!app) throw invalid('QR_APP_UNKNOWN', 'appId');
      const session = await step(() => client.createQrSession(app.id));
      state.qr = { sessionId: session.sessionId, confirmed: false };
      return { ...session, maskedName: null };
    },

    async qrPoll() {
      const qr = state.qr;
      if (!qr) throw stepMissing('no QR sign-in started');
      const session = await step(() => client.getQrSession(qr.sessionId));
      if (session.status === 'confirmed' && session.account) qr.confirmed = true;
      return {
        sessionId: session.sessionId,
        status: session.status,
        qrPayload: session.qrPayload,
        appName: session.appName,
        expiresAt: session.expiresAt,
        pollIntervalMs: session.pollIntervalMs,
        maskedName: session.account?.maskedName ?? null,
      };
    },

    async qrDemoConfirm({ idNumber }) {
      if (!deps.demo) throw new KioskError('bridge.notAllowed', 'demo kiosks only');
      const qr = state.qr;
      if (!qr) throw stepMissing('no QR sign-in started');
      try {
        await client.confirmQrSession(qr.sessionId, idNumber);
      } catch (error) {
        return rejected(error, ['ACCOUNT_NOT_FOUND', 'QR_SESSION_EXPIRED']);
      }
      return { confirmed: true as const };
    },
  };

  return { enterprise };
}

