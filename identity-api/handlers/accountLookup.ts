import { parseDocumentNumber } from '../../common/domain/idTypes';
import { parseMobilePhone } from '../../common/domain/phone';
import { parseUscc } from '../../common/domain/uscc';
import { parsePersonName } from '../../common/domain/name';
import type { AccountLookup } from '../../common/identityApi/accounts';
import { agreementStatus, findAccount, findPersonByDocument, findPersonByPhone, summarise, type AccountRow } from '../accounts';
import { ApiError } from '../apiError';
import { iso, type OperationHandler, type OperationHandlers, type ServerContext } from '../context';
import { CURRENT_AGREEMENT_VERSION } from '../seed';

/** How long after its code expired a confirmed QR sign-in still proves the holder. */
const QR_PROOF_LIFETIME_MS = 15 * 60_000;
import { checkIdentity, realNameMatches, requireMatchedFace, requireOk, requireVerifiedSms, today } from './checks';

/** Finds the account a lookup names, with the same refusals wherever a lookup is embedded. */
export function lookupAccountRow(server: ServerContext, lookup: AccountLookup, prefix: string): AccountRow {
  const { db } = server;
  const valueField = `${prefix}.value`;
  let row: AccountRow | undefined;
  switch (lookup.by) {
    case 'id_number': {
      // Without a type the number is a resident ID card's, as before non-resident documents were accepted.
      const idType = lookup.idType ?? 'resident_id';
      row = findPersonByDocument(db, idType, requireOk(parseDocumentNumber(idType, lookup.value, today(server)), valueField));
      break;
    }
    case 'phone':
      row = findPersonByPhone(db, requireOk(parseMobilePhone(lookup.value), valueField));
      break;
    case 'uscc':
      row = findAccount(db, 'uscc', requireOk(parseUscc(lookup.value), valueField));
      break;
    case 'account_name':
      row = findAccount(db, 'account_name', lookup.value);
      break;
    case 'account_id':
      row = findAccount(db, 'account_id', lookup.value);
      break;
  }
  if (!row) throw new ApiError(404, 'ACCOUNT_NOT_FOUND', 'no such account', valueField);
  if (lookup.name !== undefined && requireOk(parsePersonName(lookup.name), `${prefix}.name`) !== row.holder_name) {
    throw new ApiError(422, 'NAME_MISMATCH', 'name does not match the account holder', `${prefix}.name`);
  }
  return row;
}

const lookupAccount: OperationHandler<'lookupAccount'> =
  async (server, { body }) =>
  () => ({ status: 200, body: summarise(lookupAccountRow(server, body, 'lookup')) });

const checkRealName: OperationHandler<'checkRealName'> = async (server, { body }) => {
  const identity = checkIdentity(server, body, 'subject', false);
  return () => ({ status: 200, body: { match: realNameMatches(server, identity.name, identity.idNumber) } });
};

function requireAccount(server: ServerContext, accountId: string): AccountRow {
  const row = findAccount(server.db, 'account_id', accountId);
  if (!row) throw new ApiError(404, 'ACCOUNT_NOT_FOUND', 'no such account', 'accountId');
  return row;
}

/** The QR sign-in the province app confirmed for this very account, used soon after (the citizen reads the agreement first). */
function requireConfirmedQr(server: ServerContext, sessionId: string, accountId: string, now: number, field: string): void {
  const row = server.db.prepare('SELECT status, account_id, expires_at FROM qr_sessions WHERE session_id = ?').get(sessionId) as
    { status: string; account_id: string | null; expires_at: number } | undefined;
  if (!row || row.status !== 'confirmed' || row.account_id !== accountId || now > row.expires_at + QR_PROOF_LIFETIME_MS) {
    throw new ApiError(422, 'QR_SIGN_IN_NOT_CONFIRMED', 'no QR sign-in confirmed for this account', field);
  }
}

const getAgreementStatus: OperationHandler<'getAgreementStatus'> =
  async (server, { params }) =>
  () => ({ status: 200, body: agreementStatus(requireAccount(server, params.accountId)) });

const signAgreement: OperationHandler<'signAgreement'> =
  async (server, { body, params, now }) =>
  () => {
    const row = requireAccount(server, params.accountId);
    if (body.version !== CURRENT_AGREEMENT_VERSION) throw new ApiError(422, 'AGREEMENT_VERSION_OUTDATED', 'not the current agreement', 'version');
    if (body.proof.smsChallengeId !== undefined) requireVerifiedSms(server, body.proof.smsChallengeId, row.phone, 'agreement_signing', 'proof.smsChallengeId');
    if (body.proof.faceVerificationId !== undefined) requireMatchedFace(server, body.proof.faceVerificationId, row.id_number, 'proof.faceVerificationId');
    if (body.proof.qrSessionId !== undefined) requireConfirmedQr(server, body.proof.qrSessionId, row.account_id, now, 'proof.qrSessionId');
    server.db.prepare('UPDATE accounts SET signed_agreement = ? WHERE account_id = ?').run(body.version, row.account_id);
    return { status: 201, body: { signedVersion: body.version, signedAt: iso(now) } };
  };

const upgradeRealName: OperationHandler<'upgradeRealName'> =
  async (server, { body, params }) =>
  () => {
    const row = requireAccount(server, params.accountId);
    requireMatchedFace(server, body.faceVerificationId, row.id_number, 'faceVerificationId');
    const level = Math.max(row.real_name_level, 3);
    server.db.prepare('UPDATE accounts SET real_name_level = ? WHERE account_id = ?').run(level, row.account_id);
    return { status: 200, body: { realNameLevel: level } };
  };

/** A renewed card replaces the validity dates; the same dates again change nothing and still succeed. */
const updateValidity: OperationHandler<'updateValidity'> = async (server, { body }) => {
  const holder = checkIdentity(server, { ...body.holder, validity: body.validity }, 'holder', true);
  return () => {
    const row = findPersonByDocument(server.db, holder.idType, holder.idNumber);
    if (!row) throw new ApiError(404, 'ACCOUNT_NOT_FOUND', 'no such account', 'holder.idNumber');
    if (row.holder_name !== holder.name) throw new ApiError(422, 'NAME_MISMATCH', 'name does not match the account holder', 'holder.name');
    requireMatchedFace(server, body.faceVerificationId, row.id_number, 'faceVerificationId');
    server.db
      .prepare('UPDATE accounts SET validity_start = ?, validity_end = ? WHERE account_id = ?')
      .run(body.validity.start, body.validity.end, row.account_id);
    return { status: 200, body: { accountId: row.account_id } };
  };
};

export const accountHandlers = {
  checkRealName,
  lookupAccount,
  getAgreementStatus,
  signAgreement,
  upgradeRealName,
  updateValidity,
} satisfies Partial<OperationHandlers>;
