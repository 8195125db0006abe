import { isIdentityApiError, type IdentityApiError, type IdentityClient } from '../identity';
import { toFailure } from './failure';
import { parseForSending, refuseRecord } from './kinds/outboxKind';
import { findOutboxKind, type OutboxKindsClient } from './kinds/outboxKinds';
import { SendError, type OutboxRecord, type OutboxSender, type SendFailure, type UploadCreateRequest } from './outboxSender';

/** The identity-API calls the outbox uses: resumable uploads plus what the registered kinds send with. */
export type IdentityOutboxClient = OutboxKindsClient & Pick<IdentityClient, 'getUploadOffset' | 'appendUploadChunk'>;

/**
 * Adapts the identity-API client to the outbox sender port. What each item is and how it is sent
 * is its kind's (`kinds/outboxKinds.ts`); this adds the uploads' byte transfer and maps the
 * client's errors onto the port's. Payloads are checked with their kind's schema before sending.
 */
export class IdentityOutboxSender implements OutboxSender {
  constructor(private readonly client: IdentityOutboxClient) {}

  async createUpload(request: UploadCreateRequest): Promise<{ url: string }> {
    return guard(async () => {
      const kind = findOutboxKind(request.item.kind);
      if (!kind?.createUpload) throw refuseRecord('outbox.attachments_unsupported');
      return kind.createUpload(this.client, parseForSending(kind.schema, request.item.payload), request);
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
      const kind = findOutboxKind(record.kind);
      if (!kind) throw refuseRecord('outbox.unknown_kind');
      await kind.send(this.client, parseForSending(kind.schema, record.payload), record);
    });
  }
}

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
  if (error.code === 'UPLOAD_OFFSET_MISMATCH')
    return uploadOffset === undefined ? { kind: 'offsetMismatch' } : { kind: 'offsetMismatch', offset: uploadOffset };
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
