import type { z } from 'zod';
import { createAppealRequestSchema, createUploadRequestSchema } from '../../../common/identityApi/appeals';
import { faceVerificationRequestSchema } from '../../../common/identityApi/face';
import { registerEnterpriseRequestSchema, registerPersonRequestSchema } from '../../../common/identityApi/registration';
import { isIdentityApiError, type IdentityApiError, type IdentityClient } from '../identity';
import { toFailure } from './failure';
import { SendError, type OutboxItemContext, type OutboxRecord, type OutboxSender, type SendFailure, type UploadCreateRequest } from './outboxSender';

/** The identity-API calls the outbox uses; a structural slice of IdentityClient so tests can fake it. */
export type IdentityOutboxClient = Pick<
  IdentityClient,
  'createAppeal' | 'createUpload' | 'getUploadOffset' | 'appendUploadChunk' | 'submitAppeal' | 'registerPerson' | 'registerEnterprise' | 'verifyFace'
>;

/** Outbox kinds the identity API accepts, each with the payload schema checked before sending. */
export const identityOutboxKinds = {
  /** Enterprise account appeal: payload is the createAppeal body; attachments are named by document type. */
  appeal: createAppealRequestSchema,
  registerPerson: registerPersonRequestSchema,
  registerEnterprise: registerEnterpriseRequestSchema,
  /** A face enrolment captured while the link was down (person flows). */
  faceEnrolment: faceVerificationRequestSchema,
} as const;
export type IdentityOutboxKind = keyof typeof identityOutboxKinds;

const extensions: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

/**
 * Adapts the identity-API client to the outbox sender port. An appeal is three server resources:
 * the draft (created with a key derived from the item's, so every attempt finds the same draft),
 * one upload per document (keyed by the attachment id), and the submission (keyed by the item id).
 */
export class IdentityOutboxSender implements OutboxSender {
  constructor(private readonly client: IdentityOutboxClient) {}

  async createUpload(request: UploadCreateRequest): Promise<{ url: string }> {
    return guard(async () => {
      if (request.item.kind !== 'appeal') throw reject('outbox.attachments_unsupported');
      const appealId = await this.#appealId(request.item);
      const body = parse(createUploadRequestSchema, {
        documentType: request.name,
        fileName: `${request.name}.${extensions[request.contentType] ?? 'bin'}`,
        contentType: request.contentType,
        length: request.length,
        sha256: request.sha256,
      });
      const state = await this.client.createUpload(appealId, body, request.idempotencyKey);
      return { url: state.uploadId };
    });
  }

  uploadOffset(url: string): Promise<number> {
    return guard(async () => (await this.client.getUploadOffset(url)).offset);
  }

  uploadChunk(url: string, offset: number, chunk: Buffer): Promise<number> {
    return guard(async () => (await this.client.appendUploadChunk(url, offset, chunk)).offset);
  }

  sendRecord(record: OutboxRecord): Promise<void> {
    return guard(async () => {
      switch (record.kind) {
        case 'appeal':
          await this.client.submitAppeal(await this.#appealId(record), record.idempotencyKey);
          return;
        case 'registerPerson':
          await this.client.registerPerson(parse(identityOutboxKinds.registerPerson, record.payload), { idempotencyKey: record.idempotencyKey });
          return;
        case 'registerEnterprise':
          await this.client.registerEnterprise(parse(identityOutboxKinds.registerEnterprise, record.payload), { idempotencyKey: record.idempotencyKey });
          return;
        case 'faceEnrolment': {
          const verdict = await this.client.verifyFace(parse(identityOutboxKinds.faceEnrolment, record.payload), record.idempotencyKey);
          // The comparison was made and said no: sending again would say no again. Kept for staff.
          if (verdict.result !== 'match') throw reject(`FACE_${verdict.result.toUpperCase()}`);
          return;
        }
        default:
          throw reject('outbox.unknown_kind');
      }
    });
  }

  async #appealId(item: OutboxItemContext): Promise<string> {
    const appeal = await this.client.createAppeal(parse(identityOutboxKinds.appeal, item.payload), `${item.idempotencyKey}:appeal`);
    return appeal.appealId;
  }
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const field = result.error.issues[0]?.path.join('.');
  throw new SendError(field ? { kind: 'rejected', code: 'outbox.payload_invalid', field } : { kind: 'rejected', code: 'outbox.payload_invalid' });
}

const reject = (code: string): SendError => new SendError({ kind: 'rejected', code });

async function guard<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof SendError) throw error;
    throw new SendError(isIdentityApiError(error) ? mapIdentityError(error) : toFailure(error));
  }
}

/** The client's four kinds onto the port's, with the upload-specific answers made explicit. */
export function mapIdentityError(error: IdentityApiError): SendFailure {
  const { status, retryAfterMs, uploadOffset } = error.details;
  if (error.code === 'UPLOAD_OFFSET_MISMATCH') return uploadOffset === undefined ? { kind: 'offsetMismatch' } : { kind: 'offsetMismatch', offset: uploadOffset };
  // The server discarded the bytes: resume from where it says (0).
  if (error.code === 'UPLOAD_CHECKSUM_MISMATCH') return { kind: 'offsetMismatch', offset: uploadOffset ?? 0 };
  if (error.code === 'UPLOAD_NOT_FOUND') return { kind: 'uploadGone' };
  switch (error.kind) {
    case 'auth':
      return { kind: 'auth', reason: error.code };
    case 'unreachable':
      return { kind: 'unreachable', reason: error.code };
    case 'retryable':
      return retryAfterMs === undefined ? { kind: 'retryable', reason: error.code } : { kind: 'retryable', reason: error.code, retryAfterMs };
    case 'rejected':
      // 408 and 425 say "try again", whatever body came with them.
      if (status === 408 || status === 425) return { kind: 'retryable', reason: `http ${status}` };
      return error.field === undefined ? { kind: 'rejected', code: error.code } : { kind: 'rejected', code: error.code, field: error.field };
  }
}
