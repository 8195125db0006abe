import { kiosk } from '../../bridge';
import { errorMessage, i18n } from '../../i18n';
import { errorCode } from '../shared/outcome';
import type { EnterpriseOutcome } from './enterpriseStore';

/** Codes that end an enterprise flow with an explanation rather than a message at a field. */
const ending = new Set([
  'USCC_ALREADY_REGISTERED',
  'LEGAL_REPRESENTATIVE_MISMATCH',
  'REAL_NAME_MISMATCH',
  'ACCOUNT_NOT_PENDING',
  'ACCOUNT_PENDING_ACTIVATION',
  'SMS_ATTEMPTS_EXHAUSTED',
  'FACE_NO_MATCH',
  'FACE_LIVENESS',
  'QR_SIGN_IN_REQUIRED',
  'person.cardMismatch',
  'person.kioskNotAuthorised',
  'person.manualEntryNotAllowed',
]);

/** The message for a code: the enterprise flows' own text first, then the shared one. */
export function enterpriseError(code: string): string {
  const key = `enterprise.errors.${code}`;
  return i18n.global.te(key) ? i18n.global.t(key) : errorMessage(code);
}

export function enterpriseOutcomeOf(error: unknown): EnterpriseOutcome | undefined {
  const code = errorCode(error);
  if (code === 'person.serviceUnavailable' || code === 'bridge.disconnected') return { kind: 'unavailable' };
  if (ending.has(code)) return { kind: 'refused', code };
  return undefined;
}

/** PhoneSmsStep's `api` for one enterprise purpose. */
export function smsApi(purpose: 'registration' | 'appeal' | 'activation' | 'passwordReset') {
  return {
    send: (phone: string) => kiosk.enterprise.sendSms(purpose === 'registration' || purpose === 'appeal' ? { purpose, phone } : { purpose }),
    verify: (challengeId: string, code: string) => kiosk.enterprise.verifySms({ challengeId, code }),
  };
}
