import { classifyHttpStatus } from '../../../main/services/sync/failure';
import { SendError, type OutboxRecord, type OutboxSender, type UploadCreateRequest } from '../../../main/services/sync/outboxSender';

/** Minimal fetch-based sender speaking the chaos server's protocol. */
export class HttpOutboxSender implements OutboxSender {
  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs = 2000,
  ) {}

  async createUpload(request: UploadCreateRequest): Promise<{ url: string }> {
    const res = await this.#call(
      '/uploads',
      'POST',
      { 'idempotency-key': request.idempotencyKey, 'content-type': 'application/json' },
      JSON.stringify({ length: request.length, sha256: request.sha256, contentType: request.contentType }),
    );
    return (await res.json()) as { url: string };
  }

  async uploadOffset(url: string): Promise<number> {
    const res = await this.#call(url, 'HEAD');
    return Number(res.headers.get('upload-offset'));
  }

  async uploadChunk(url: string, offset: number, chunk: Buffer): Promise<number> {
    const res = await this.#call(url, 'PATCH', { 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' }, chunk);
    return Number(res.headers.get('upload-offset'));
  }

  async sendRecord(record: OutboxRecord): Promise<void> {
    await this.#call(
      '/records',
      'POST',
      { 'idempotency-key': record.idempotencyKey, 'content-type': 'application/json' },
      JSON.stringify({ kind: record.kind, payload: record.payload, uploads: record.uploads }),
    );
  }

  async #call(path: string, method: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Response> {
    let res: Response;
    try {
      res = await fetch(new URL(path, this.baseUrl), { method, headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      if (cause === 'ECONNREFUSED') throw new SendError({ kind: 'unreachable', reason: 'connection refused' });
      const timeout = (error as Error).name === 'TimeoutError';
      throw new SendError({ kind: 'retryable', reason: timeout ? 'timeout' : `network ${cause ?? 'error'}` });
    }
    if (res.ok) return res;
    const answer = (await res.json().catch(() => undefined)) as { code?: string; field?: string } | undefined;
    if (res.status === 404 && path.startsWith('/uploads/')) throw new SendError({ kind: 'uploadGone' });
    if (res.status === 409 && method === 'PATCH') {
      throw new SendError({ kind: 'offsetMismatch', offset: Number(res.headers.get('upload-offset')) });
    }
    throw new SendError(classifyHttpStatus(res.status, res.headers.get('retry-after'), Date.now(), answer));
  }
}
