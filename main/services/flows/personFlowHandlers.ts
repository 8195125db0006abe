import { randomUUID } from 'node:crypto';
import type { KioskHandlers } from '../../../common/contract/kioskApi';
import {
  PERSON_AGREEMENT_VERSION,
  type FaceCaptureInput,
  type FlowReceipt,
  type PersonHolder,
  type PersonIdentityInput,
} from '../../../common/contract/services/personFlows';
import { evaluateAccountName, accountNameErrorCode } from '../../../common/domain/accountNamePolicy';
import { chinaCalendarDate, parseCalendarDate, type CalendarDate } from '../../../common/domain/calendarDate';
import { maskIdNumber, maskName, maskPhone } from '../../../common/domain/mask';
import { evaluatePassword, passwordErrorCode } from '../../../common/domain/passwordPolicy';
import { parseMobilePhone } from '../../../common/domain/phone';
import { checkValidityPeriod, isMinor } from '../../../common/domain/validityPeriod';
import { KioskError } from '../../../common/errors';
import type { AccountSummary } from '../../../common/identityApi/accounts';
import type { FaceVerificationRequest } from '../../../common/identityApi/face';
import type { ProvinceProfile } from '../../../common/profiles/provinceProfile';
import type { EventSink } from '../../bridge/eventHub';
import { isIdentityApiError, type IdentityClient } from '../identity';
import type { Logger } from '../log/logger';
import { CardMemory } from './cardMemory';
import { createIdentityChecks, invalidField as invalid } from './identityChecks';
import type { FaceEnrolmentQueue } from './faceEnrolmentQueue';
import { isUnavailable, personFlowErrorCodes, step, toFlowError } from './flowErrors';
import { newReceiptNo } from './receipts';

/** The identity-API calls the person flows make: a structural slice so tests can fake any of it. */
export type PersonFlowClient = Pick<
  IdentityClient,
  | 'seal'
  | 'checkRealName'
  | 'lookupAccount'
  | 'createSmsChallenge'
  | 'verifySmsChallenge'
  | 'verifyFace'
  | 'registerPerson'
  | 'resetPassword'
  | 'signAgreement'
  | 'upgradeRealName'
>;

export interface PersonFlowDeps {
  client: PersonFlowClient;
  profile: ProvinceProfile;
  /** Registers the session-end wipe (main's session service). */
  session: { onEnd(hook: () => void): () => void };
  /** Where card reads arrive (main's EventHub), to check card-sourced identities. */
  events: { attach(sink: EventSink): () => void };
  log: Logger;
  /** The encrypted outbox for face enrolments; without it, enrolment is online only. */
  faceQueue?: FaceEnrolmentQueue;
  /** Counter staff unlocked assisted mode: manual identity entry is allowed. */
  assisted?: () => boolean;
  /** Takes a clerk's in-person attestation issued in this session (`staff.attest`): its staff id, once. */
  takeAttestation?: (attestationId: string) => string | undefined;
  clock?: () => number;
}

type PersonHandlers = KioskHandlers['person'];

interface SessionState {
  /** challengeId → phone (registration) or 'reserved' (password reset), once verified. */
  smsSent: Map<string, { purpose: 'registration' | 'passwordReset'; phone: string | null }>;
  smsVerified: Set<string>;
  /** Matched face verifications of this session: verificationId → ID number. */
  faces: Map<string, string>;
  /** Forgot password: the account found. */
  resetAccount: { holder: PersonHolder; summary: AccountSummary } | null;
  /** Card + face sign-in. */
  signedIn: { holder: PersonHolder; summary: AccountSummary; faceVerificationId: string } | null;
}

const livenessAction = { turnLeft: 'turn_left', turnRight: 'turn_right', nod: 'nod' } as const;

const fresh = (): SessionState => ({ smsSent: new Map(), smsVerified: new Set(), faces: new Map(), resetAccount: null, signedIn: null });


/**
 * The authoritative side of the natural-person flows. Every call re-validates with the common/
 * rules, uses only proofs this kiosk obtained in this session, seals passwords before they leave,
 * and maps identity-API failures to codes the UI explains. State lives for one citizen: the
 * session's end wipes it.
 */
export function createPersonFlowHandlers(deps: PersonFlowDeps): { person: PersonHandlers } {
  const { client, profile } = deps;
  const clock = deps.clock ?? Date.now;
  const log = deps.log.child({ component: 'person-flows' });
  const cards = new CardMemory();
  let state = fresh();
  deps.events.attach(cards.sink);
  deps.session.onEnd(() => {
    state = fresh();
    cards.clear();
  });

  const today = (): CalendarDate => chinaCalendarDate(clock());
  const { checkHolder: checkHolderAt, checkSource } = createIdentityChecks({ profile, cards, assisted: deps.assisted, today });
  const checkHolder = (holder: PersonHolder, prefix = 'holder') => checkHolderAt(holder, prefix);


  function checkIdentity(identity: PersonIdentityInput, prefix = 'identity') {
    const holder = checkHolder(identity, prefix);
    checkSource(identity, holder, prefix);
    const minor = holder.birthDate !== null && isMinor(holder.birthDate, today());
    if (holder.birthDate) {
      const start = identity.validity ? parseCalendarDate(identity.validity.start) : undefined;
      const endText = identity.validity?.end;
      const end = endText === 'long-term' ? 'long-term' : endText ? parseCalendarDate(endText) : undefined;
      if (identity.validity && (!start || !end)) throw invalid('VALIDITY_START_REQUIRED', `${prefix}.validity`);
      const checked = checkValidityPeriod({ birthDate: holder.birthDate, today: today(), ...(start ? { start } : {}), ...(end ? { end } : {}) });
      if (!checked.ok) throw invalid(checked.code, `${prefix}.validity`);
    }
    return { holder, minor, validity: identity.validity };
  }

  function checkPassword(password: string, field: string): void {
    const code = passwordErrorCode(evaluatePassword(password, profile.password));
    if (code) throw invalid(code, field);
  }

  function requireFace(verificationId: string | undefined, idNumber: string): string {
    if (!verificationId || state.faces.get(verificationId) !== idNumber) {
      throw new KioskError(personFlowErrorCodes.stepMissing, 'no matched face for this person in this session', 'faceVerificationId');
    }
    return verificationId;
  }

  function requireSms(challengeId: string | undefined, purpose: 'registration' | 'passwordReset', phone: string | null): string {
    const sent = challengeId ? state.smsSent.get(challengeId) : undefined;
    if (!challengeId || !sent || sent.purpose !== purpose || sent.phone !== phone || !state.smsVerified.has(challengeId)) {
      throw new KioskError(personFlowErrorCodes.stepMissing, 'no verified SMS code for this step', 'smsChallengeId');
    }
    return challengeId;
  }

  function faceRequest(holder: PersonHolder, capture: FaceCaptureInput): FaceVerificationRequest {
    const actions = [...new Set(capture.liveness.moves)].map((move) => livenessAction[move]);
    // The kiosk's pipeline either completed its challenges or did not; its confidence in the face
    // itself scales the score above the pass mark.
    const score = capture.liveness.passed ? Math.min(1, 0.6 + 0.4 * capture.liveness.detectionScore) : 0;
    return {
      subject: { name: holder.name, idType: holder.idType, idNumber: holder.idNumber },
      capture: { contentType: 'image/jpeg', data: capture.jpegBase64 },
      liveness: { score, actions },
    };
  }

  function receipt(service: FlowReceipt['service'], holder: PersonHolder, extra: Partial<FlowReceipt> = {}): FlowReceipt {
    const now = new Date(clock());
    return {
      receiptNo: newReceiptNo(now),
      service,
      completedAt: now.toISOString(),
      queued: false,
      maskedName: maskName(holder.name),
      maskedIdNumber: maskIdNumber(holder.idNumber),
      maskedPhone: null,
      accountName: null,
      realNameLevel: null,
      ...extra,
    };
  }

  const person: PersonHandlers = {
    async checkIdentity({ identity }) {
      const { holder, minor } = checkIdentity(identity);
      const real = await step(() => client.checkRealName({ name: holder.name, idType: holder.idType, idNumber: holder.idNumber }));
      if (!real.match) throw new KioskError('REAL_NAME_MISMATCH', 'name and ID number do not match', 'identity.name');
      const existing = await client.lookupAccount({ by: 'id_number', value: holder.idNumber, idType: holder.idType }).then(
        () => true,
        (error: unknown) => {
          if (isIdentityApiError(error) && error.code === 'ACCOUNT_NOT_FOUND') return false;
          throw toFlowError(error);
        },
      );
      if (existing) throw new KioskError('ID_NUMBER_ALREADY_REGISTERED', 'this person already has an account', 'identity.idNumber');
      log.info('registration identity checked', { minor });
      return { minor, faceRequired: !minor };
    },

    async sendSms(arg) {
      let phone: string | null = null;
      const target =
        arg.purpose === 'registration'
          ? (() => {
              const parsed = parseMobilePhone(arg.phone);
              if (!parsed.ok) throw invalid(parsed.code, 'phone');
              phone = parsed.value;
              return { kind: 'phone' as const, phone: parsed.value };
            })()
          : (() => {
              const account = state.resetAccount;
              if (!account) throw new KioskError(personFlowErrorCodes.stepMissing, 'find the account first', 'holder');
              const { holder } = account;
              return { kind: 'account' as const, account: { by: 'id_number' as const, value: holder.idNumber, idType: holder.idType, name: holder.name } };
            })();
      try {
        const challenge = await client.createSmsChallenge({ purpose: arg.purpose === 'registration' ? 'person_registration' : 'password_reset', target });
        state.smsSent.set(challenge.challengeId, { purpose: arg.purpose, phone });
        return { challengeId: challenge.challengeId, maskedPhone: challenge.maskedPhone, resendAfterSeconds: challenge.resendAfterSeconds };
      } catch (error) {
        // "Wait before asking again" is an answer for the citizen, not an outage.
        if (isIdentityApiError(error) && error.code === 'SMS_RESEND_TOO_SOON') throw new KioskError(error.code, 'resend interval', 'phone');
        if (isIdentityApiError(error) && error.code === 'PHONE_ALREADY_BOUND') throw new KioskError(error.code, 'phone already bound', 'phone');
        throw toFlowError(error);
      }
    },

    async verifySms({ challengeId, code }) {
      if (!state.smsSent.has(challengeId)) throw new KioskError(personFlowErrorCodes.stepMissing, 'unknown challenge', 'challengeId');
      try {
        await client.verifySmsChallenge(challengeId, code);
        state.smsVerified.add(challengeId);
        return { verified: true, attemptsLeft: null };
      } catch (error) {
        if (isIdentityApiError(error) && error.code === 'SMS_CODE_WRONG') return { verified: false, attemptsLeft: error.details.attemptsLeft ?? null };
        throw toFlowError(error);
      }
    },

    async verifyFace({ holder, capture }) {
      const checked = checkHolder(holder);
      const result = await step(() => client.verifyFace(faceRequest(checked, capture), randomUUID()));
      if (result.result === 'match') state.faces.set(result.verificationId, checked.idNumber);
      log.info('face verified', { result: result.result });
      return { result: result.result, verificationId: result.result === 'match' ? result.verificationId : null };
    },

    async register(arg) {
      const { holder, minor, validity } = checkIdentity(arg.identity);
      const phone = parseMobilePhone(arg.phone);
      if (!phone.ok) throw invalid(phone.code, 'phone');
      let accountName: string | undefined;
      if (profile.accountName.kind === 'chosen') {
        const name = arg.accountName ?? '';
        const code = name === '' ? 'ACCOUNT_NAME_REQUIRED' : accountNameErrorCode(evaluateAccountName(name, profile.accountName));
        if (code) throw invalid(code, 'accountName');
        accountName = name;
      }
      checkPassword(arg.password, 'password');
      const smsChallengeId = requireSms(arg.smsChallengeId, 'registration', phone.value);
      const attestedBy = !minor && !arg.faceVerificationId && arg.attestationId ? deps.takeAttestation?.(arg.attestationId) : undefined;
      if (arg.attestationId && !arg.faceVerificationId && !attestedBy) {
        throw new KioskError(personFlowErrorCodes.stepMissing, 'no in-person attestation by staff in this session', 'attestationId');
      }
      const faceVerificationId = minor || attestedBy ? undefined : requireFace(arg.faceVerificationId, holder.idNumber);
      const password = await step(() => client.seal(arg.password));
      const account = await step(() =>
        client.registerPerson({
          ...(accountName ? { accountName } : {}),
          password,
          identity: { name: holder.name, idType: holder.idType, idNumber: holder.idNumber, ...(validity ? { validity } : {}) },
          phone: phone.value,
          smsChallengeId,
          ...(faceVerificationId ? { faceVerificationId } : {}),
          ...(attestedBy && arg.attestationId ? { inPersonCheck: { staffId: attestedBy, attestationId: arg.attestationId } } : {}),
          agreementVersion: PERSON_AGREEMENT_VERSION,
        }),
      );
      log.info('person registered', { realNameLevel: account.realNameLevel, minor });
      return receipt('registration', holder, { maskedPhone: maskPhone(phone.value), accountName: account.accountName, realNameLevel: account.realNameLevel });
    },

    async findAccount({ holder }) {
      const checked = checkHolder(holder);
      const summary = await step(() => client.lookupAccount({ by: 'id_number', value: checked.idNumber, idType: checked.idType, name: checked.name }));
      if (summary.kind !== 'person') throw new KioskError('ACCOUNT_NOT_FOUND', 'not a person account', 'holder.idNumber');
      state.resetAccount = { holder: checked, summary };
      const settings = profile.forgotPassword.person;
      return { maskedName: summary.maskedName, maskedPhone: summary.maskedPhone, smsRequired: settings.sms === 'fixed', faceRequired: true };
    },

    async resetPassword(arg) {
      const account = state.resetAccount;
      if (!account) throw new KioskError(personFlowErrorCodes.stepMissing, 'find the account first', 'holder');
      checkPassword(arg.newPassword, 'newPassword');
      const faceVerificationId = requireFace(arg.faceVerificationId, account.holder.idNumber);
      const smsRequired = profile.forgotPassword.person.sms === 'fixed';
      const smsChallengeId = smsRequired || arg.smsChallengeId ? requireSms(arg.smsChallengeId, 'passwordReset', null) : undefined;
      const newPassword = await step(() => client.seal(arg.newPassword));
      const { holder } = account;
      await step(() =>
        client.resetPassword({
          account: { kind: 'person', holder: { name: holder.name, idType: holder.idType, idNumber: holder.idNumber } },
          proof: { faceVerificationId, ...(smsChallengeId ? { smsChallengeId } : {}) },
          newPassword,
        }),
      );
      log.info('password reset', { sms: Boolean(smsChallengeId) });
      return receipt('passwordReset', holder, { maskedPhone: account.summary.maskedPhone, accountName: account.summary.accountName });
    },

    async signIn({ holder, faceVerificationId }) {
      const checked = checkHolder(holder);
      const proof = requireFace(faceVerificationId, checked.idNumber);
      const summary = await step(() => client.lookupAccount({ by: 'id_number', value: checked.idNumber, idType: checked.idType, name: checked.name }));
      if (summary.kind !== 'person') throw new KioskError('ACCOUNT_NOT_FOUND', 'not a person account', 'holder.idNumber');
      state.signedIn = { holder: checked, summary, faceVerificationId: proof };
      log.info('signed in by card and face', { realNameLevel: summary.realNameLevel, needsSigning: summary.agreement.needsSigning });
      return {
        maskedName: summary.maskedName,
        accountName: summary.accountName,
        realNameLevel: summary.realNameLevel,
        upgradeOffered: summary.realNameLevel < 3,
        agreement: summary.agreement,
      };
    },

    async signAgreement({ version }) {
      const signed = state.signedIn;
      if (!signed) throw new KioskError(personFlowErrorCodes.stepMissing, 'sign in first', 'holder');
      await step(() => client.signAgreement(signed.summary.accountId, { version, proof: { faceVerificationId: signed.faceVerificationId } }));
      signed.summary = { ...signed.summary, agreement: { ...signed.summary.agreement, signedVersion: version, needsSigning: false } };
      return receipt('agreement', signed.holder, { accountName: signed.summary.accountName, maskedPhone: signed.summary.maskedPhone });
    },

    async upgradeRealName() {
      const signed = state.signedIn;
      if (!signed) throw new KioskError(personFlowErrorCodes.stepMissing, 'sign in first', 'holder');
      const upgraded = await step(() => client.upgradeRealName(signed.summary.accountId, { faceVerificationId: signed.faceVerificationId }));
      signed.summary = { ...signed.summary, realNameLevel: upgraded.realNameLevel };
      return receipt('realNameUpgrade', signed.holder, { accountName: signed.summary.accountName, realNameLevel: upgraded.realNameLevel });
    },

    async enrolFace({ holder, capture }) {
      const checked = checkHolder(holder);
      const request = faceRequest(checked, capture);
      try {
        const result = await client.verifyFace(request, randomUUID());
        if (result.result !== 'match') return { outcome: result.result, receipt: null };
        state.faces.set(result.verificationId, checked.idNumber);
        return { outcome: 'enrolled' as const, receipt: receipt('faceEnrolment', checked) };
      } catch (error) {
        if (!isUnavailable(error) || !deps.faceQueue) throw toFlowError(error);
        // Resolves only after the outbox committed the encrypted item.
        await deps.faceQueue.enqueue(request);
        log.info('face enrolment queued');
        return { outcome: 'queued' as const, receipt: receipt('faceEnrolment', checked, { queued: true }) };
      }
    },
  };

  return { person };
}
