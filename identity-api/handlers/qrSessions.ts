import { maskName } from '../../common/domain/mask';
import { normalizeIdNumber } from '../../common/domain/idNumber';
import { findAccount, findPersonByIdNumber } from '../accounts';
import { ApiError } from '../apiError';
import { iso, newId, type OperationHandler, type OperationHandlers, type ServerContext } from '../context';

export const QR_SESSION_TTL_MS = 2 * 60_000;
const POLL_INTERVAL_MS = 2000;

interface SessionRow {
  session_id: string;
  app_id: string;
  status: 'pending' | 'confirmed' | 'expired';
  expires_at: number;
  account_id: string | null;
}

function sessionBody(server: ServerContext, row: SessionRow, now: number) {
  const status = row.status === 'pending' && now > row.expires_at ? 'expired' : row.status;
  const app = server.profile.qrSignInApps.find((a) => a.id === row.app_id);
  const account = row.account_id ? findAccount(server.db, 'account_id', row.account_id) : undefined;
  return {
    sessionId: row.session_id,
    status,
    qrPayload: `hallkiosk-qr:${server.profile.id}:${row.session_id}`,
    appName: app?.name ?? row.app_id,
    expiresAt: iso(row.expires_at),
    pollIntervalMs: POLL_INTERVAL_MS,
    ...(account && { account: { accountId: account.account_id, kind: account.kind, maskedName: maskName(account.holder_name) } }),
  };
}

function requireSession(server: ServerContext, sessionId: string): SessionRow {
  const row = server.db.prepare('SELECT * FROM qr_sessions WHERE session_id = ?').get(sessionId) as SessionRow | undefined;
  if (!row) throw new ApiError(404, 'QR_SESSION_NOT_FOUND', 'no such session', 'sessionId');
  return row;
}

const createQrSession: OperationHandler<'createQrSession'> =
  async (server, { body, now }) =>
  () => {
    if (!server.profile.qrSignInApps.some((a) => a.id === body.appId)) throw new ApiError(422, 'QR_APP_UNKNOWN', 'this province has no such app', 'appId');
    const row: SessionRow = { session_id: newId('Q'), app_id: body.appId, status: 'pending', expires_at: now + QR_SESSION_TTL_MS, account_id: null };
    server.db
      .prepare('INSERT INTO qr_sessions (session_id, app_id, status, expires_at) VALUES (?, ?, ?, ?)')
      .run(row.session_id, row.app_id, row.status, row.expires_at);
    return { status: 201, body: sessionBody(server, row, now) };
  };

const getQrSession: OperationHandler<'getQrSession'> =
  async (server, { params, now }) =>
  () => ({ status: 200, body: sessionBody(server, requireSession(server, params.sessionId), now) });

const confirmQrSession: OperationHandler<'confirmQrSession'> =
  async (server, { body, params, now }) =>
  () => {
    const row = requireSession(server, params.sessionId);
    if (row.status !== 'pending' || now > row.expires_at) throw new ApiError(409, 'QR_SESSION_EXPIRED', 'session is no longer pending', 'sessionId');
    const account = findPersonByIdNumber(server.db, normalizeIdNumber(body.idNumber));
    if (!account) throw new ApiError(404, 'ACCOUNT_NOT_FOUND', 'no account for this person', 'idNumber');
    server.db.prepare(`UPDATE qr_sessions SET status = 'confirmed', account_id = ? WHERE session_id = ?`).run(account.account_id, row.session_id);
    return { status: 200, body: sessionBody(server, { ...row, status: 'confirmed', account_id: account.account_id }, now) };
  };

export const qrSignInHandlers = { createQrSession, getQrSession, confirmQrSession } satisfies Partial<OperationHandlers>;
