import { randomUUID } from 'node:crypto';
import { SendError, type OutboxRecord, type OutboxSender, type SendFailure, type UploadCreateRequest } from '../../../main/services/sync/outboxSender';

type Op = 'createUpload' | 'uploadOffset' | 'uploadChunk' | 'sendRecord';

/** In-memory idempotent server behind the sender port, with scripted failures per operation. */
export class MemorySender implements OutboxSender {
  readonly calls: Op[] = [];
  readonly records = new Map<string, OutboxRecord>();
  readonly uploads = new Map<string, { key: string; length: number; data: Buffer }>();
  readonly #failures = new Map<Op, SendFailure[]>();
  /** Runs before each call, for assertions about what is persisted at that moment. */
  before: (op: Op) => void = () => undefined;

  failNext(op: Op, ...failures: SendFailure[]): void {
    this.#failures.set(op, [...(this.#failures.get(op) ?? []), ...failures]);
  }

  async createUpload(request: UploadCreateRequest): Promise<{ url: string }> {
    this.#enter('createUpload');
    const existing = [...this.uploads].find(([, u]) => u.key === request.idempotencyKey);
    if (existing) return { url: existing[0] };
    const url = `/uploads/${randomUUID()}`;
    this.uploads.set(url, { key: request.idempotencyKey, length: request.length, data: Buffer.alloc(0) });
    return { url };
  }

  async uploadOffset(url: string): Promise<number> {
    this.#enter('uploadOffset');
    return this.#upload(url).data.length;
  }

  async uploadChunk(url: string, offset: number, chunk: Buffer): Promise<number> {
    this.#enter('uploadChunk');
    const upload = this.#upload(url);
    if (offset !== upload.data.length) throw new SendError({ kind: 'offsetMismatch', offset: upload.data.length });
    upload.data = Buffer.concat([upload.data, chunk]);
    return upload.data.length;
  }

  async sendRecord(record: OutboxRecord): Promise<void> {
    this.#enter('sendRecord');
    if (!this.records.has(record.idempotencyKey)) this.records.set(record.idempotencyKey, record);
  }

  #enter(op: Op): void {
    this.calls.push(op);
    this.before(op);
    const failure = this.#failures.get(op)?.shift();
    if (failure) throw new SendError(failure);
  }

  #upload(url: string): { key: string; length: number; data: Buffer } {
    const upload = this.uploads.get(url);
    if (!upload) throw new SendError({ kind: 'uploadGone' });
    return upload;
  }
}
