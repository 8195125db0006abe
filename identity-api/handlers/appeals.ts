import { createHash } from 'node:crypto';
import { parseUscc } from '../../common/domain/uscc';
import type { AppealDocumentType, CreateAppealRequest } from '../../common/identityApi/appeals';
import { UPLOAD_LENGTH_HEADER, UPLOAD_OFFSET_HEADER } from '../../common/identityApi/signing';
import { ApiError } from '../apiError';
import { iso, newId, type OperationHandler, type OperationHandlers, type Reply, type ServerContext } from '../context';
import { checkIdentity, checkPhone, requireOk, requireVerifiedSms } from './checks';

const BASE_DOCUMENTS: AppealDocumentType[] = ['business_licence', 'legal_representative_id_front', 'legal_representative_id_back'];
const AGENT_DOCUMENTS: AppealDocumentType[] = ['authorisation_letter', 'agent_id_front', 'agent_id_back', 'agent_holding_id'];

interface AppealRow {
  appeal_id: string;
  status: 'draft' | 'submitted';
  payload: string;
  submitted_at: number | null;
}

interface UploadRow {
  upload_id: string;
  length: number;
  sha256: string;
  offset: number;
  complete: number;
}

function requiredDocuments(request: CreateAppealRequest): AppealDocumentType[] {
  return request.agent ? [...BASE_DOCUMENTS, ...AGENT_DOCUMENTS] : BASE_DOCUMENTS;
}

function requireAppeal(server: ServerContext, appealId: string): AppealRow {
  const row = server.db.prepare('SELECT appeal_id, status, payload, submitted_at FROM appeals WHERE appeal_id = ?').get(appealId) as AppealRow | undefined;
  if (!row) throw new ApiError(404, 'APPEAL_NOT_FOUND', 'no such appeal', 'appealId');
  return row;
}

function requireUpload(server: ServerContext, uploadId: string): UploadRow {
  const row = server.db.prepare('SELECT upload_id, length, sha256, offset, complete FROM uploads WHERE upload_id = ?').get(uploadId) as UploadRow | undefined;
  if (!row) throw new ApiError(404, 'UPLOAD_NOT_FOUND', 'no such upload', 'uploadId');
  return row;
}

const uploadState = (row: UploadRow) => ({ uploadId: row.upload_id, offset: row.offset, length: row.length, complete: row.complete === 1 });

const createAppeal: OperationHandler<'createAppeal'> = async (server, { body, kioskId, now }) => {
  const uscc = requireOk(parseUscc(body.enterprise.uscc), 'enterprise.uscc');
  checkIdentity(server, body.legalRepresentative, 'legalRepresentative', true);
  if (body.agent) checkIdentity(server, body.agent, 'agent', true);
  const phone = checkPhone(body.phone, 'phone');
  return () => {
    if (body.smsChallengeId !== undefined) requireVerifiedSms(server, body.smsChallengeId, phone, 'appeal', 'smsChallengeId');
    const appealId = newId('A');
    server.db
      .prepare(`INSERT INTO appeals (appeal_id, kiosk_id, type, uscc, payload, status, created_at) VALUES (?, ?, ?, ?, ?, 'draft', ?)`)
      .run(appealId, kioskId, body.type, uscc, JSON.stringify(body), now);
    return { status: 201, body: { appealId, status: 'draft', requiredDocuments: requiredDocuments(body) } };
  };
};

const createUpload: OperationHandler<'createUpload'> =
  async (server, { body, params }) =>
  () => {
    const appeal = requireAppeal(server, params.appealId);
    if (appeal.status !== 'draft') throw new ApiError(409, 'APPEAL_ALREADY_SUBMITTED', 'appeal already submitted', 'appealId');
    const uploadId = newId('U');
    server.db
      .prepare('INSERT INTO uploads (upload_id, appeal_id, document_type, file_name, content_type, length, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(uploadId, appeal.appeal_id, body.documentType, body.fileName, body.contentType, body.length, body.sha256);
    return { status: 201, body: { uploadId, offset: 0, length: body.length, complete: false } };
  };

const getUploadOffset: OperationHandler<'getUploadOffset'> =
  async (server, { params }) =>
  () => {
    const row = requireUpload(server, params.uploadId);
    return { status: 200, headers: { [UPLOAD_OFFSET_HEADER]: String(row.offset), [UPLOAD_LENGTH_HEADER]: String(row.length), 'cache-control': 'no-store' } };
  };

/**
 * Appends one chunk at the server's offset. A chunk at any other offset gets 409 and the offset to
 * resume from; the chunk that completes the file triggers the SHA-256 check, and a mismatch
 * discards the bytes so the upload can start again from 0.
 */
const appendUpload: OperationHandler<'appendUpload'> =
  async (server, { params, headers, rawBody }) =>
  () => {
    const row = requireUpload(server, params.uploadId);
    const offsetHeader = headers[UPLOAD_OFFSET_HEADER];
    const offset = typeof offsetHeader === 'string' && /^\d+$/.test(offsetHeader) ? Number(offsetHeader) : NaN;
    if (Number.isNaN(offset)) throw new ApiError(400, 'REQUEST_INVALID', 'Upload-Offset header required', 'Upload-Offset');
    if (row.complete === 1 || offset !== row.offset) {
      throw new ApiError(409, 'UPLOAD_OFFSET_MISMATCH', `server holds ${row.offset} bytes`, 'Upload-Offset', {
        headers: { [UPLOAD_OFFSET_HEADER]: String(row.offset) },
      });
    }
    if (rawBody.length === 0) throw new ApiError(400, 'REQUEST_INVALID', 'empty chunk', 'body');
    if (offset + rawBody.length > row.length) throw new ApiError(413, 'UPLOAD_TOO_LARGE', 'chunk runs past the announced length', 'body');
    const { db } = server;
    db.prepare('INSERT INTO upload_chunks (upload_id, offset, data) VALUES (?, ?, ?)').run(row.upload_id, offset, rawBody);
    db.prepare('INSERT INTO upload_log (upload_id, offset, length, at) VALUES (?, ?, ?, ?)').run(row.upload_id, offset, rawBody.length, server.clock());
    const next = { ...row, offset: offset + rawBody.length };
    if (next.offset === row.length) {
      const hash = createHash('sha256');
      const chunks = db.prepare('SELECT data FROM upload_chunks WHERE upload_id = ? ORDER BY offset').all(row.upload_id) as { data: Buffer }[];
      for (const chunk of chunks) hash.update(chunk.data);
      if (hash.digest('hex') !== row.sha256) {
        db.prepare('DELETE FROM upload_chunks WHERE upload_id = ?').run(row.upload_id);
        db.prepare('UPDATE uploads SET offset = 0 WHERE upload_id = ?').run(row.upload_id);
        const reply: Reply = {
          status: 422,
          body: { code: 'UPLOAD_CHECKSUM_MISMATCH', message: 'content does not match the announced SHA-256; upload again from 0', field: 'sha256' },
          headers: { [UPLOAD_OFFSET_HEADER]: '0' },
        };
        return reply;
      }
      next.complete = 1;
    }
    db.prepare('UPDATE uploads SET offset = ?, complete = ? WHERE upload_id = ?').run(next.offset, next.complete, row.upload_id);
    return { status: 200, body: uploadState(next), headers: { [UPLOAD_OFFSET_HEADER]: String(next.offset) } };
  };

const submitAppeal: OperationHandler<'submitAppeal'> =
  async (server, { params, now }) =>
  () => {
    const appeal = requireAppeal(server, params.appealId);
    if (appeal.status === 'submitted')
      return { status: 200, body: { appealId: appeal.appeal_id, status: 'submitted', submittedAt: iso(appeal.submitted_at!) } };
    const done = new Set(
      (server.db.prepare('SELECT document_type FROM uploads WHERE appeal_id = ? AND complete = 1').all(appeal.appeal_id) as { document_type: string }[]).map(
        (r) => r.document_type,
      ),
    );
    const missing = requiredDocuments(JSON.parse(appeal.payload) as CreateAppealRequest).filter((d) => !done.has(d));
    if (missing.length > 0) throw new ApiError(422, 'APPEAL_DOCUMENTS_MISSING', `missing: ${missing.join(', ')}`, 'documents');
    server.db.prepare(`UPDATE appeals SET status = 'submitted', submitted_at = ? WHERE appeal_id = ?`).run(now, appeal.appeal_id);
    return { status: 200, body: { appealId: appeal.appeal_id, status: 'submitted', submittedAt: iso(now) } };
  };

export const appealHandlers = { createAppeal, createUpload, getUploadOffset, appendUpload, submitAppeal } satisfies Partial<OperationHandlers>;
