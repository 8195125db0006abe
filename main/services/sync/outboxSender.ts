/**
 * The scheduler's only view of the central API. The identity-API client is adapted to this port
 * (identityOutboxSender.ts); tests use a small HTTP sender against a chaos server.
 */
export interface OutboxSender {
  /** Creates (or, for a key already seen, finds again) a resumable upload. */
  createUpload(request: UploadCreateRequest): Promise<{ url: string }>;
  /** How many bytes the server holds for this upload. */
  uploadOffset(url: string): Promise<number>;
  /** Appends `chunk` at `offset`; resolves with the server's new offset. */
  uploadChunk(url: string, offset: number, chunk: Buffer): Promise<number>;
  /** Submits the record; resolving means the server has durably accepted it. */
  sendRecord(record: OutboxRecord): Promise<void>;
}

export interface UploadCreateRequest {
  /** The attachment's own key, distinct from the item's. */
  idempotencyKey: string;
  /** Role of the document in the package. */
  name: string;
  length: number;
  sha256: string;
  contentType: string;
  /**
   * The item the upload belongs to, for APIs where documents hang under a parent resource created
   * first (an appeal): the adapter can create that parent idempotently from it.
   */
  item: OutboxItemContext;
}

export interface OutboxItemContext {
  idempotencyKey: string;
  kind: string;
  payload: unknown;
}

export interface OutboxRecord extends OutboxItemContext {
  uploads: Array<{ name: string; url: string }>;
}

/** How a failed call should be treated; every sender maps its errors onto this. */
export type SendFailure =
  | { kind: 'retryable'; reason: string; retryAfterMs?: number }
  | { kind: 'unreachable'; reason: string }
  | { kind: 'rejected'; code: string; field?: string }
  | { kind: 'auth'; reason: string }
  /** A PATCH at the wrong offset (HTTP 409): resume from the server's offset. */
  | { kind: 'offsetMismatch'; offset?: number }
  /** The server no longer knows the upload (expired or lost): start a new one on the next attempt. */
  | { kind: 'uploadGone' };

export class SendError extends Error {
  constructor(readonly failure: SendFailure) {
    super(`send failed: ${failure.kind}`);
    this.name = 'SendError';
  }
}
