import { parseUscc } from '../../common/domain/uscc';
import { parsePersonName } from '../../common/domain/name';
import { parseDocumentNumber } from '../../common/domain/idTypes';
import { findAccount, findPersonByDocument, findPersonByPhone } from '../accounts';
import { ApiError } from '../apiError';
import { newId, type OperationHandler, type OperationHandlers } from '../context';
import { hashPassword } from '../passwordHash';
import { CURRENT_AGREEMENT_VERSION } from '../seed';
import {
  checkAccountName,
  checkIdentity,
  checkPassword,
  checkPhone,
  faceRequired,
  requireAccountNameFree,
  requireMatchedFace,
  requireOk,
  requireRealName,
  requireVerifiedSms,
  today,
} from './checks';

const INSERT_ACCOUNT = `INSERT INTO accounts (account_id, kind, account_name, holder_name, id_type, id_number, phone, uscc, enterprise_name,
  status, real_name_level, password_hash, signed_agreement, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

const registerPerson: OperationHandler<'registerPerson'> = async (server, { body, now }) => {
  const accountName = checkAccountName(server, body.accountName, 'accountName');
  const password = checkPassword(server, body.password, 'password');
  const identity = checkIdentity(server, body.identity, 'identity', true);
  const phone = checkPhone(body.phone, 'phone');
  const needsFace = faceRequired(server, identity);
  const passwordHash = await hashPassword(password, server.passwordCost);
  return () => {
    const { db } = server;
    if (body.agreementVersion !== CURRENT_AGREEMENT_VERSION)
      throw new ApiError(422, 'AGREEMENT_VERSION_OUTDATED', 'not the current agreement', 'agreementVersion');
    requireRealName(server, identity, 'identity.name');
    if (findPersonByDocument(db, identity.idType, identity.idNumber))
      throw new ApiError(409, 'ID_NUMBER_ALREADY_REGISTERED', 'this person already has an account', 'identity.idNumber');
    if (findPersonByPhone(db, phone)) throw new ApiError(409, 'PHONE_ALREADY_BOUND', 'phone is bound to another account', 'phone');
    requireAccountNameFree(server, accountName, 'accountName');
    requireVerifiedSms(server, body.smsChallengeId, phone, 'person_registration', 'smsChallengeId');
    // A clerk's in-person check stands in for the face comparison; the person stays at level 2.
    const checkedInPerson = needsFace && body.faceVerificationId === undefined && body.inPersonCheck !== undefined;
    if (needsFace && !checkedInPerson) requireMatchedFace(server, body.faceVerificationId, identity.idNumber, 'faceVerificationId');
    const accountId = newId('P');
    const realNameLevel = needsFace && !checkedInPerson ? 3 : 2;
    db.prepare(INSERT_ACCOUNT).run(
      accountId,
      'person',
      accountName,
      identity.name,
      identity.idType,
      identity.idNumber,
      phone,
      null,
      null,
      'active',
      realNameLevel,
      passwordHash,
      body.agreementVersion,
      now,
    );
    return { status: 201, body: { accountId, accountName, status: 'active', realNameLevel } };
  };
};

interface RegistryRow {
  legal_rep_name: string;
  legal_rep_id_number: string;
}

const registerEnterprise: OperationHandler<'registerEnterprise'> = async (server, { body, now }) => {
  const uscc = requireOk(parseUscc(body.uscc), 'uscc');
  const accountName = checkAccountName(server, body.accountName, 'accountName');
  const password = checkPassword(server, body.password, 'password');
  const rep = checkIdentity(server, body.legalRepresentative, 'legalRepresentative', true);
  const phone = checkPhone(body.legalRepresentative.phone, 'legalRepresentative.phone');
  const passwordHash = await hashPassword(password, server.passwordCost);
  return () => {
    const { db } = server;
    if (findAccount(db, 'uscc', uscc)) throw new ApiError(409, 'USCC_ALREADY_REGISTERED', 'this enterprise already has an account', 'uscc');
    requireRealName(server, rep, 'legalRepresentative.name');
    const registry = db.prepare('SELECT legal_rep_name, legal_rep_id_number FROM business_registry WHERE uscc = ?').get(uscc) as RegistryRow | undefined;
    if (registry && (registry.legal_rep_name !== rep.name || registry.legal_rep_id_number !== rep.idNumber)) {
      throw new ApiError(422, 'LEGAL_REPRESENTATIVE_MISMATCH', 'the registry names another legal representative', 'legalRepresentative.idNumber');
    }
    requireAccountNameFree(server, accountName, 'accountName');
    requireVerifiedSms(server, body.smsChallengeId, phone, 'enterprise_registration', 'smsChallengeId');
    requireMatchedFace(server, body.faceVerificationId, rep.idNumber, 'faceVerificationId');
    // An enterprise the registry cannot confirm yet is created pending activation (Jilin manual §2.2).
    const status = registry ? 'active' : 'pending_activation';
    const accountId = newId('E');
    db.prepare(INSERT_ACCOUNT).run(
      accountId,
      'enterprise',
      accountName,
      rep.name,
      rep.idType,
      rep.idNumber,
      phone,
      uscc,
      body.enterpriseName,
      status,
      3,
      passwordHash,
      null,
      now,
    );
    return { status: 201, body: { accountId, accountName, status, realNameLevel: 3 } };
  };
};

const activateEnterprise: OperationHandler<'activateEnterprise'> = async (server, { body }) => {
  const uscc = requireOk(parseUscc(body.uscc), 'uscc');
  const repName = requireOk(parsePersonName(body.legalRepresentative.name), 'legalRepresentative.name');
  const repId = requireOk(
    parseDocumentNumber(body.legalRepresentative.idType, body.legalRepresentative.idNumber, today(server)),
    'legalRepresentative.idNumber',
  );
  const accountName = checkAccountName(server, body.accountName, 'accountName');
  const password = checkPassword(server, body.password, 'password');
  const passwordHash = await hashPassword(password, server.passwordCost);
  return () => {
    const row = findAccount(server.db, 'uscc', uscc);
    if (!row) throw new ApiError(404, 'ACCOUNT_NOT_FOUND', 'no account for this enterprise', 'uscc');
    if (row.status !== 'pending_activation') throw new ApiError(409, 'ACCOUNT_NOT_PENDING', 'account is not pending activation', 'uscc');
    if (row.holder_name !== repName || row.id_number !== repId) {
      throw new ApiError(422, 'LEGAL_REPRESENTATIVE_MISMATCH', 'legal representative does not match', 'legalRepresentative.idNumber');
    }
    if (accountName !== row.account_name) requireAccountNameFree(server, accountName, 'accountName');
    requireVerifiedSms(server, body.smsChallengeId, row.phone, 'enterprise_activation', 'smsChallengeId');
    server.db
      .prepare(`UPDATE accounts SET status = 'active', account_name = ?, password_hash = ? WHERE account_id = ?`)
      .run(accountName, passwordHash, row.account_id);
    return { status: 200, body: { accountId: row.account_id, accountName, status: 'active', realNameLevel: row.real_name_level } };
  };
};

/** The account step asks before any proof is earned; registration still refuses a name taken in between. */
const checkAccountNameAvailability: OperationHandler<'checkAccountName'> = async (server, { body }) => {
  if (server.profile.accountName.kind === 'none') throw new ApiError(422, 'ACCOUNT_NAME_NOT_OFFERED', 'this province has no account names', 'accountName');
  const name = checkAccountName(server, body.accountName, 'accountName');
  return () => ({ status: 200, body: { available: name !== null && !findAccount(server.db, 'account_name', name) } });
};

export const registrationHandlers = {
  registerPerson,
  registerEnterprise,
  activateEnterprise,
  checkAccountName: checkAccountNameAvailability,
} satisfies Partial<OperationHandlers>;
