import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiErrorCodes } from '../common/identityApi/apiError';
import { ApiError } from './apiError';
import type { Db } from './database';
import { faultSettingsSchema, type FaultControl } from './http/faults';
import { parseJson, readBody, send } from './http/io';

export interface SmsMessage {
  challengeId: string;
  phone: string;
  purpose: string;
  code: string;
  sentAt: string;
}

/** The development stand-in for an SMS gateway: the latest code sent to a phone. */
export interface SmsOutbox {
  latest(phone: string): SmsMessage | undefined;
  /** The message a challenge sent, looked up by its id. */
  sent(challengeId: string): SmsMessage | undefined;
}

interface SmsRow {
  challenge_id: string;
  phone: string;
  purpose: string;
  code: string;
  created_at: number;
}

const SMS_COLUMNS = 'SELECT challenge_id, phone, purpose, code, created_at FROM sms_challenges';

function toMessage(row: SmsRow | undefined): SmsMessage | undefined {
  return row && { challengeId: row.challenge_id, phone: row.phone, purpose: row.purpose, code: row.code, sentAt: new Date(row.created_at).toISOString() };
}

export function latestSms(db: Db, phone: string): SmsMessage | undefined {
  return toMessage(db.prepare(`${SMS_COLUMNS} WHERE phone = ? ORDER BY created_at DESC, rowid DESC LIMIT 1`).get(phone) as SmsRow | undefined);
}

export function sentSms(db: Db, challengeId: string): SmsMessage | undefined {
  return toMessage(db.prepare(`${SMS_COLUMNS} WHERE challenge_id = ?`).get(challengeId) as SmsRow | undefined);
}

export interface UploadLogEntry {
  uploadId: string;
  documentType: string;
  appealId: string;
  offset: number;
  length: number;
  at: string;
}

/** Every accepted upload chunk in order: a resumed upload shows a chunk starting where the last one ended, never a second 0. */
export function uploadLog(db: Db): UploadLogEntry[] {
  const rows = db
    .prepare(
      `SELECT l.upload_id, u.document_type, u.appeal_id, l.offset, l.length, l.at FROM upload_log l JOIN uploads u ON u.upload_id = l.upload_id ORDER BY l.seq`,
    )
    .all() as { upload_id: string; document_type: string; appeal_id: string; offset: number; length: number; at: number }[];
  return rows.map((r) => ({
    uploadId: r.upload_id,
    documentType: r.document_type,
    appealId: r.appeal_id,
    offset: r.offset,
    length: r.length,
    at: new Date(r.at).toISOString(),
  }));
}

/** Development endpoints: GET /dev/sms?phone=…, GET and PUT /dev/faults, GET /dev/uploads. Unsigned; only with the dev flag. */
export async function serveDev(db: Db, faults: FaultControl, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (url.pathname === '/dev/sms' && req.method === 'GET') {
    const message = latestSms(db, url.searchParams.get('phone') ?? '');
    if (!message) throw new ApiError(404, 'SMS_NOT_FOUND', 'no SMS sent to this phone', 'phone');
    return send(res, 200, message);
  }
  if (url.pathname === '/dev/faults' && req.method === 'GET') return send(res, 200, faults.get());
  if (url.pathname === '/dev/uploads' && req.method === 'GET') return send(res, 200, { chunks: uploadLog(db) });
  if (url.pathname === '/dev/faults' && req.method === 'PUT') {
    const parsed = faultSettingsSchema.partial().safeParse(parseJson(await readBody(req, 10_000)));
    if (!parsed.success) throw new ApiError(400, apiErrorCodes.validation, parsed.error.issues[0]!.message, parsed.error.issues[0]!.path.join('.'));
    return send(res, 200, faults.set(parsed.data));
  }
  throw new ApiError(404, apiErrorCodes.notFound, 'no such endpoint');
}
