import type { FaceVerificationRequest } from '../../common/identityApi/face';
import { ApiError } from '../apiError';
import { newId, type OperationHandler, type OperationHandlers } from '../context';
import { parseDocumentNumber } from '../../common/domain/idTypes';
import { parsePersonName } from '../../common/domain/name';
import { findPersonByDocument } from '../accounts';
import { checkIdentity, requireMatchedFace, requireOk, requireRealName, today } from './checks';

/** The documented stand-in for the national photo comparison (docs/identity-api.md). */
export const LIVENESS_MIN_SCORE = 0.6;
export const LIVENESS_MIN_ACTIONS = 2;

const MAGIC: Record<FaceVerificationRequest['capture']['contentType'], number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
};

const verifyFace: OperationHandler<'verifyFace'> = async (server, { body, now }) => {
  const subject = checkIdentity(server, body.subject, 'subject', false);
  const image = Buffer.from(body.capture.data, 'base64');
  if (!MAGIC[body.capture.contentType].every((byte, i) => image[i] === byte)) {
    throw new ApiError(422, 'CAPTURE_INVALID', 'capture is not an image of the stated type', 'capture.data');
  }
  return () => {
    requireRealName(server, subject, 'subject.name');
    const liveness = body.liveness.score >= LIVENESS_MIN_SCORE && new Set(body.liveness.actions).size >= LIVENESS_MIN_ACTIONS;
    const rule = (server.db.prepare('SELECT face_rule FROM population WHERE id_number = ?').get(subject.idNumber) as { face_rule: string } | undefined)
      ?.face_rule;
    const result = !liveness ? 'liveness_failed' : rule === 'no_match' ? 'no_match' : 'match';
    const score = result === 'match' ? Math.round((0.8 + 0.2 * body.liveness.score) * 1000) / 1000 : 0.2;
    const verificationId = newId('face');
    server.db
      .prepare('INSERT INTO face_verifications (verification_id, id_number, result, score, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(verificationId, subject.idNumber, result, score, now);
    return { status: 201, body: { verificationId, result, score } };
  };
};

/** The holder's person account takes face sign-in; the face must have matched this holder recently. */
const enrolFace: OperationHandler<'enrolFace'> = async (server, { body, now }) => {
  const holder = { name: requireOk(parsePersonName(body.holder.name), 'holder.name'), idType: body.holder.idType };
  const idNumber = requireOk(parseDocumentNumber(body.holder.idType, body.holder.idNumber, today(server)), 'holder.idNumber');
  return () => {
    const row = findPersonByDocument(server.db, holder.idType, idNumber);
    if (!row) throw new ApiError(404, 'ACCOUNT_NOT_FOUND', 'no such account', 'holder.idNumber');
    if (row.holder_name !== holder.name) throw new ApiError(422, 'NAME_MISMATCH', 'name does not match the account holder', 'holder.name');
    requireMatchedFace(server, body.faceVerificationId, row.id_number, 'faceVerificationId');
    server.db.prepare('UPDATE accounts SET face_enrolled_at = ? WHERE account_id = ?').run(now, row.account_id);
    return { status: 200, body: { accountId: row.account_id, faceSignIn: true as const } };
  };
};

export const faceHandlers = { verifyFace, enrolFace } satisfies Partial<OperationHandlers>;
