import type { IdType } from '../common/domain/idTypes';
import { maskName, maskPhone } from '../common/domain/mask';
import type { AccountSummary } from '../common/identityApi/accounts';
import type { AccountStatus } from '../common/identityApi/primitives';
import type { Db } from './database';
import { CURRENT_AGREEMENT_VERSION } from './seed';

export interface AccountRow {
  account_id: string;
  kind: 'person' | 'enterprise';
  account_name: string | null;
  holder_name: string;
  id_type: string;
  id_number: string;
  phone: string;
  uscc: string | null;
  enterprise_name: string | null;
  status: AccountStatus;
  real_name_level: number;
  password_hash: string | null;
  signed_agreement: string | null;
  /** Epoch ms of the face enrolment for face sign-in; null when not enrolled. */
  face_enrolled_at: number | null;
}

export function findAccount(db: Db, where: string, value: string): AccountRow | undefined {
  return db.prepare(`SELECT * FROM accounts WHERE ${where} = ?`).get(value) as AccountRow | undefined;
}

/** The person account of a document number of any type: for callers that are given a number alone. */
export const findPersonByIdNumber = (db: Db, idNumber: string): AccountRow | undefined =>
  db.prepare(`SELECT * FROM accounts WHERE kind = 'person' AND id_number = ? ORDER BY id_type = 'resident_id' DESC`).get(idNumber) as AccountRow | undefined;

/** The person account of one identity document: an account belongs to a document type plus its number. */
export const findPersonByDocument = (db: Db, idType: IdType, idNumber: string): AccountRow | undefined =>
  db.prepare(`SELECT * FROM accounts WHERE kind = 'person' AND id_type = ? AND id_number = ?`).get(idType, idNumber) as AccountRow | undefined;

export const findPersonByPhone = (db: Db, phone: string): AccountRow | undefined =>
  db.prepare(`SELECT * FROM accounts WHERE kind = 'person' AND phone = ?`).get(phone) as AccountRow | undefined;

export function agreementStatus(row: AccountRow): AccountSummary['agreement'] {
  return {
    currentVersion: CURRENT_AGREEMENT_VERSION,
    signedVersion: row.signed_agreement,
    needsSigning: row.signed_agreement !== CURRENT_AGREEMENT_VERSION,
  };
}

export function summarise(row: AccountRow): AccountSummary {
  return {
    accountId: row.account_id,
    kind: row.kind,
    accountName: row.account_name,
    maskedName: maskName(row.kind === 'enterprise' ? (row.enterprise_name ?? row.holder_name) : row.holder_name),
    maskedPhone: maskPhone(row.phone),
    status: row.status,
    realNameLevel: row.real_name_level,
    agreement: agreementStatus(row),
    faceSignIn: row.face_enrolled_at !== null,
  };
}
