import { maskPhone } from '../../common/domain/mask';
import type { ResetPasswordRequest } from '../../common/identityApi/credentials';
import { normalizeUscc } from '../../common/domain/uscc';
import { parsePersonName } from '../../common/domain/name';
import { parseDocumentNumber } from '../../common/domain/idTypes';
import { findAccount, findPersonByDocument, findPersonByPhone, type AccountRow } from '../accounts';
import { ApiError } from '../apiError';
import type { OperationHandler, OperationHandlers, ServerContext } from '../context';
import { hashPassword, verifyPassword } from '../passwordHash';
import { checkPassword, checkPhone, requireMatchedFace, requireOk, requireVerifiedSms, today } from './checks';

interface Holder {
  name: string;
  idType: Parameters<typeof parseDocumentNumber>[0];
  idNumber: string;
}

function checkHolder(server: ServerContext, holder: Holder, prefix: string): { name: string; idType: Holder['idType']; idNumber: string } {
  return {
    name: requireOk(parsePersonName(holder.name), `${prefix}.name`),
    idType: holder.idType,
    idNumber: requireOk(parseDocumentNumber(holder.idType, holder.idNumber, today(server)), `${prefix}.idNumber`),
  };
}

function requireHolder(row: AccountRow | undefined, holder: { name: string; idNumber: string }, prefix: string): AccountRow {
  if (!row) throw new ApiError(404, 'ACCOUNT_NOT_FOUND', 'no such account', `${prefix}.idNumber`);
  if (row.id_number !== holder.idNumber) throw new ApiError(422, 'LEGAL_REPRESENTATIVE_MISMATCH', 'not the legal representative', `${prefix}.idNumber`);
  if (row.holder_name !== holder.name) throw new ApiError(422, 'NAME_MISMATCH', 'name does not match the account holder', `${prefix}.name`);
  return row;
}

/** The account's current password hash when the new password is that password, else null. */
async function currentHashIfReused(
  server: ServerContext,
  account: ResetPasswordRequest['account'],
  holder: { idType: Holder['idType']; idNumber: string },
  password: string,
): Promise<string | null> {
  const stored = findResetRow(server, account, holder)?.password_hash;
  return stored && (await verifyPassword(password, stored)) ? stored : null;
}

function findResetRow(server: ServerContext, account: ResetPasswordRequest['account'], holder: { idType: Holder['idType']; idNumber: string }) {
  if (account.kind === 'person') return findPersonByDocument(server.db, holder.idType, holder.idNumber);
  return account.enterprise.by === 'uscc'
    ? findAccount(server.db, 'uscc', normalizeUscc(account.enterprise.value))
    : findAccount(server.db, 'account_name', account.enterprise.value);
}

const resetPassword: OperationHandler<'resetPassword'> = async (server, { body }) => {
  const { account, proof } = body;
  const prefix = account.kind === 'person' ? 'account.holder' : 'account.legalRepresentative';
  const holder = checkHolder(server, account.kind === 'person' ? account.holder : account.legalRepresentative, prefix);
  const settings = server.profile.forgotPassword[account.kind];
  if (settings.face === 'fixed' && proof.faceVerificationId === undefined && proof.inPersonCheck === undefined)
    throw new ApiError(422, 'VERIFICATION_REQUIRED', 'face verification required', 'proof.faceVerificationId');
  if (settings.sms === 'fixed' && proof.smsChallengeId === undefined)
    throw new ApiError(422, 'VERIFICATION_REQUIRED', 'SMS verification required', 'proof.smsChallengeId');
  const password = checkPassword(server, body.newPassword, 'newPassword');
  const passwordHash = await hashPassword(password, server.passwordCost);
  // Only the server holds the hash: it compares the new password with the current one before the
  // synchronous apply step (the slow hash cannot run inside it).
  const reusedHash = await currentHashIfReused(server, account, holder, password);
  return () => {
    const row = findResetRow(server, account, holder);
    if (!row && account.kind === 'enterprise') throw new ApiError(404, 'ACCOUNT_NOT_FOUND', 'no such enterprise account', 'account.enterprise.value');
    const found = requireHolder(row, holder, prefix);
    if (proof.smsChallengeId !== undefined) requireVerifiedSms(server, proof.smsChallengeId, found.phone, 'password_reset', 'proof.smsChallengeId');
    if (proof.faceVerificationId !== undefined) requireMatchedFace(server, proof.faceVerificationId, found.id_number, 'proof.faceVerificationId');
    if (reusedHash !== null && found.password_hash === reusedHash)
      throw new ApiError(422, 'PASSWORD_SAME_AS_OLD', 'the new password is the current one', 'newPassword');
    server.db.prepare('UPDATE accounts SET password_hash = ? WHERE account_id = ?').run(passwordHash, found.account_id);
    return { status: 200, body: { accountId: found.account_id } };
  };
};

const changePhone: OperationHandler<'changePhone'> = async (server, { body }) => {
  const holder = checkHolder(server, body.holder, 'holder');
  const newPhone = checkPhone(body.newPhone, 'newPhone');
  return () => {
    const row = requireHolder(findPersonByDocument(server.db, holder.idType, holder.idNumber), holder, 'holder');
    // A clerk's in-person check stands in for the face (assisted mode); otherwise the face must match.
    if (!body.inPersonCheck) requireMatchedFace(server, body.faceVerificationId, row.id_number, 'faceVerificationId');
    const owner = findPersonByPhone(server.db, newPhone);
    if (owner && owner.account_id !== row.account_id) throw new ApiError(409, 'PHONE_ALREADY_BOUND', 'phone is bound to another account', 'newPhone');
    requireVerifiedSms(server, body.smsChallengeId, newPhone, 'phone_change', 'smsChallengeId');
    server.db.prepare('UPDATE accounts SET phone = ? WHERE account_id = ?').run(newPhone, row.account_id);
    return { status: 200, body: { accountId: row.account_id, maskedPhone: maskPhone(newPhone) } };
  };
};

export const credentialHandlers = { resetPassword, changePhone } satisfies Partial<OperationHandlers>;
