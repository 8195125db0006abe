import { maskIdNumber, maskName } from '../../common/domain/mask';
import type { RelativeBinding } from '../../common/identityApi/relatives';
import { findAccount, type AccountRow } from '../accounts';
import { ApiError } from '../apiError';
import { iso, newId, type OperationHandler, type OperationHandlers, type ServerContext } from '../context';
import { checkIdentity, faceRequired, requireMatchedFace } from './checks';

interface RelativeRow {
  binding_id: string;
  relation: RelativeBinding['relation'];
  name: string;
  id_type: RelativeBinding['idType'];
  id_number: string;
  created_at: number;
}

/** Only a person account has relatives. */
function requirePersonAccount(server: ServerContext, accountId: string): AccountRow {
  const row = findAccount(server.db, 'account_id', accountId);
  if (!row || row.kind !== 'person') throw new ApiError(404, 'ACCOUNT_NOT_FOUND', 'no such person account', 'accountId');
  return row;
}

const view = (row: RelativeRow): RelativeBinding => ({
  bindingId: row.binding_id,
  relation: row.relation,
  maskedName: maskName(row.name),
  idType: row.id_type,
  maskedIdNumber: maskIdNumber(row.id_number),
  boundAt: iso(row.created_at),
});

const listRelatives: OperationHandler<'listRelatives'> =
  async (server, { params }) =>
  () => {
    const account = requirePersonAccount(server, params.accountId);
    const rows = server.db.prepare('SELECT * FROM relatives WHERE account_id = ? ORDER BY created_at, rowid').all(account.account_id) as RelativeRow[];
    return { status: 200, body: { relatives: rows.map(view) } };
  };

/** Both people proved at the kiosk: the holder's face, and the relative's unless under 16 (by the document's birth date). */
const bindRelative: OperationHandler<'bindRelative'> = async (server, { body, params, now }) => {
  const relative = checkIdentity(server, body.relative, 'relative', false);
  return () => {
    const account = requirePersonAccount(server, params.accountId);
    requireMatchedFace(server, body.faceVerificationId, account.id_number, 'faceVerificationId');
    if (relative.idType === account.id_type && relative.idNumber === account.id_number) {
      throw new ApiError(422, 'RELATIVE_IS_SELF', 'the holder cannot bind themselves', 'relative.idNumber');
    }
    if (faceRequired(server, relative)) requireMatchedFace(server, body.relativeFaceVerificationId, relative.idNumber, 'relativeFaceVerificationId');
    const bound = server.db
      .prepare('SELECT 1 FROM relatives WHERE account_id = ? AND id_type = ? AND id_number = ?')
      .get(account.account_id, relative.idType, relative.idNumber);
    if (bound) throw new ApiError(409, 'RELATIVE_ALREADY_BOUND', 'this relative is already bound', 'relative.idNumber');
    const row: RelativeRow = {
      binding_id: newId('rel'),
      relation: body.relation,
      name: relative.name,
      id_type: relative.idType,
      id_number: relative.idNumber,
      created_at: now,
    };
    server.db
      .prepare('INSERT INTO relatives (binding_id, account_id, relation, name, id_type, id_number, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(row.binding_id, account.account_id, row.relation, row.name, row.id_type, row.id_number, row.created_at);
    return { status: 201, body: view(row) };
  };
};

const removeRelative: OperationHandler<'removeRelative'> =
  async (server, { body, params }) =>
  () => {
    const account = requirePersonAccount(server, params.accountId);
    requireMatchedFace(server, body.faceVerificationId, account.id_number, 'faceVerificationId');
    const removed = server.db.prepare('DELETE FROM relatives WHERE binding_id = ? AND account_id = ?').run(body.bindingId, account.account_id);
    if (removed.changes === 0) throw new ApiError(404, 'RELATIVE_NOT_FOUND', 'no such binding on this account', 'bindingId');
    return { status: 200, body: { bindingId: body.bindingId } };
  };

export const relativeHandlers = { listRelatives, bindRelative, removeRelative } satisfies Partial<OperationHandlers>;
