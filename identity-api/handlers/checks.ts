import { accountNameErrorCode, evaluateAccountName } from '../../common/domain/accountNamePolicy';
import { chinaCalendarDate, parseCalendarDate, type CalendarDate } from '../../common/domain/calendarDate';
import { parseIdNumber } from '../../common/domain/idNumber';
import { idTypeEmbedsBirthDate, parseDocumentNumber } from '../../common/domain/idTypes';
import { parsePersonName } from '../../common/domain/name';
import { evaluatePassword, passwordErrorCode } from '../../common/domain/passwordPolicy';
import { parseMobilePhone } from '../../common/domain/phone';
import type { DomainResult } from '../../common/domain/result';
import { checkValidityPeriod, isMinor } from '../../common/domain/validityPeriod';
import type { PersonIdentity } from '../../common/identityApi/primitives';
import type { SealedSecret } from '../../common/identityApi/sealedSecret';
import { ApiError } from '../apiError';
import type { ServerContext } from '../context';
import { openSealedSecret } from '../sealedSecrets';

/** Minutes a verified SMS challenge or a matched face stays usable by the writes that need it. */
const PROOF_LIFETIME_MS = 15 * 60_000;

export function requireOk<T>(result: DomainResult<T>, field: string): T {
  if (!result.ok) throw new ApiError(422, result.code, `${field} refused: ${result.code}`, field);
  return result.value;
}

export const today = (server: ServerContext): CalendarDate => chinaCalendarDate(server.clock());

export interface CheckedIdentity {
  name: string;
  idType: PersonIdentity['idType'];
  idNumber: string;
  /** Undefined for documents that do not embed a birth date. */
  birthDate?: CalendarDate;
}

/**
 * Name, document number and validity period with the same common/ rules the kiosk applies. The
 * period is checked whenever given; `validityRequired` demands it from adults (registrations).
 */
export function checkIdentity(server: ServerContext, identity: PersonIdentity, prefix: string, validityRequired: boolean): CheckedIdentity {
  const day = today(server);
  const name = requireOk(parsePersonName(identity.name), `${prefix}.name`);
  const idNumber = requireOk(parseDocumentNumber(identity.idType, identity.idNumber, day), `${prefix}.idNumber`);
  if (!idTypeEmbedsBirthDate(identity.idType)) return { name, idType: identity.idType, idNumber };
  const parsed = parseIdNumber(idNumber);
  const birthDate = parsed.ok ? parsed.value.birthDate : undefined;
  if (birthDate && (identity.validity || validityRequired)) {
    const start = identity.validity && parseCalendarDate(identity.validity.start);
    const endText = identity.validity?.end;
    const end = endText === 'long-term' ? 'long-term' : endText && parseCalendarDate(endText);
    if (identity.validity && !start) throw new ApiError(422, 'VALIDITY_START_INVALID', 'not a date', `${prefix}.validity.start`);
    if (identity.validity && !end) throw new ApiError(422, 'VALIDITY_END_INVALID', 'not a date', `${prefix}.validity.end`);
    const result = checkValidityPeriod({ birthDate, start: start || undefined, end: end || undefined, today: day });
    requireOk(result, `${prefix}.validity`);
  }
  return { name, idType: identity.idType, idNumber, birthDate };
}

/** Face verification is skipped under 16 (manual 002); documents without a birth date always need it. */
export function faceRequired(server: ServerContext, identity: CheckedIdentity): boolean {
  return identity.birthDate === undefined || !isMinor(identity.birthDate, today(server));
}

export function checkPhone(raw: string, field: string): string {
  return requireOk(parseMobilePhone(raw), field);
}

export function checkPassword(server: ServerContext, sealed: SealedSecret, field: string): string {
  const plain = openSealedSecret(sealed, server.keyPair, field);
  const code = passwordErrorCode(evaluatePassword(plain, server.profile.password));
  if (code) throw new ApiError(422, code, 'password does not meet the province policy', field);
  return plain;
}

/** The chosen account name, or null where the province has none. */
export function checkAccountName(server: ServerContext, name: string | undefined, field: string): string | null {
  const policy = server.profile.accountName;
  if (policy.kind === 'none') return null;
  if (name === undefined || name === '') throw new ApiError(422, 'ACCOUNT_NAME_REQUIRED', 'account name required', field);
  const code = accountNameErrorCode(evaluateAccountName(name, policy));
  if (code) throw new ApiError(422, code, 'account name does not meet the province policy', field);
  return name;
}

export function requireAccountNameFree(server: ServerContext, name: string | null, field: string): void {
  if (name !== null && server.db.prepare('SELECT 1 FROM accounts WHERE account_name = ?').get(name)) {
    throw new ApiError(409, 'ACCOUNT_NAME_TAKEN', 'account name already taken', field);
  }
}

/** Real-name (ITS) stand-in: a number in the population must carry the same name; unknown numbers pass. */
export function realNameMatches(server: ServerContext, name: string, idNumber: string): boolean {
  const row = server.db.prepare('SELECT name FROM population WHERE id_number = ?').get(idNumber) as { name: string } | undefined;
  return row === undefined || row.name === name;
}

export function requireRealName(server: ServerContext, identity: CheckedIdentity, field: string): void {
  if (!realNameMatches(server, identity.name, identity.idNumber)) throw new ApiError(422, 'REAL_NAME_MISMATCH', 'name does not match the ID number', field);
}

/** The SMS challenge must be verified, recent, for this purpose and for this phone. */
export function requireVerifiedSms(server: ServerContext, challengeId: string | undefined, phone: string, purpose: string, field: string): void {
  const row =
    challengeId === undefined
      ? undefined
      : (server.db.prepare('SELECT phone, purpose, verified_at FROM sms_challenges WHERE challenge_id = ?').get(challengeId) as
          { phone: string; purpose: string; verified_at: number | null } | undefined);
  const fresh = row?.verified_at != null && server.clock() - row.verified_at <= PROOF_LIFETIME_MS;
  if (!row || !fresh || row.phone !== phone || row.purpose !== purpose) {
    throw new ApiError(422, 'SMS_NOT_VERIFIED', 'no verified SMS challenge for this phone and purpose', field);
  }
}

export function requireMatchedFace(server: ServerContext, verificationId: string | undefined, idNumber: string, field: string): void {
  if (verificationId === undefined) throw new ApiError(422, 'FACE_VERIFICATION_REQUIRED', 'face verification required', field);
  const row = server.db.prepare('SELECT id_number, result, created_at FROM face_verifications WHERE verification_id = ?').get(verificationId) as
    { id_number: string; result: string; created_at: number } | undefined;
  if (!row || row.result !== 'match' || row.id_number !== idNumber || server.clock() - row.created_at > PROOF_LIFETIME_MS) {
    throw new ApiError(422, 'FACE_NOT_MATCHED', 'no matching face verification for this person', field);
  }
}
