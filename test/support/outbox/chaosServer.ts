import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { applyPragmas } from '../../../main/services/store/database';

export interface Chaos {
  /** Probability that a request is answered 503 before doing anything. */
  p503: number;
  /** Probability of 429 with Retry-After before doing anything. */
  p429: number;
  retryAfterSeconds: number;
  /** Probability that the server commits the effect and then drops the connection unanswered. */
  pDropAfterCommit: number;
}

export const noChaos: Chaos = { p503: 0, p429: 0, retryAfterSeconds: 0, pDropAfterCommit: 0 };

/** A gateway's capacity: a token bucket over all clients; past it, 429 with Retry-After in whole seconds. */
export interface CapacityLimit {
  perSecond: number;
  burst: number;
}

export interface ServerReport {
  /** Records applied per `payload.logical`; more than one means a duplicate effect. */
  appliedByLogical: Map<string, number>;
  records: number;
  uploads: number;
  /** Uploads no applied record refers to. */
  orphanUploads: number;
  integrity: string;
}

/**
 * Reference server for the outbox tests: idempotent record writes keyed by Idempotency-Key and
 * resumable uploads (create with length + SHA-256, HEAD offset, PATCH at offset, 409 otherwise),
 * with state in SQLite so it survives `restart()`. Chaos: 503, 429 + Retry-After, and dropping the
 * response after the effect committed — the case that only idempotency keys make safe.
 */
export class ChaosServer {
  #db: Database.Database | null = null;
  #server: Server | null = null;
  #port = 0;
  #tokens = 0;
  #refilledAt = 0;
  /** When set, requests beyond this capacity are refused with 429 + Retry-After (fleet outage bench). */
  capacity: CapacityLimit | null = null;
  /** Arrival time (ms) and answer status of every request, when a test wants them; null records nothing. */
  requestLog: Array<{ at: number; status: number }> | null = null;

  constructor(
    private readonly dbPath: string,
    public chaos: Chaos = noChaos,
    private readonly random: () => number = Math.random,
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  async start(port = this.#port): Promise<void> {
    this.#db = openServerDb(this.dbPath);
    const server = createServer((req, res) => this.#handle(req, res));
    server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.#server = server;
    this.#port = (server.address() as AddressInfo).port;
  }

  /** Abrupt stop: open connections are cut, as when the server process dies. */
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    this.#db?.close();
    this.#db = null;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  report(): ServerReport {
    const db = this.#db ?? openServerDb(this.dbPath);
    try {
      const appliedByLogical = new Map<string, number>();
      for (const row of db.prepare('SELECT logical, COUNT(*) AS n FROM effect GROUP BY logical').all() as Array<{ logical: string; n: number }>) {
        appliedByLogical.set(row.logical, row.n);
      }
      const count = (sql: string): number => (db.prepare(sql).pluck().get() as number) ?? 0;
      return {
        appliedByLogical,
        records: count('SELECT COUNT(*) FROM record'),
        uploads: count('SELECT COUNT(*) FROM upload'),
        orphanUploads: count('SELECT COUNT(*) FROM upload WHERE id NOT IN (SELECT upload_id FROM record_upload)'),
        integrity: (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join('; '),
      };
    } finally {
      if (!this.#db) db.close();
    }
  }

  /** 0 when the request may proceed, else how long until the bucket has a token again. */
  #takeToken(): number {
    if (!this.capacity) return 0;
    const now = performance.now();
    const { perSecond, burst } = this.capacity;
    this.#tokens = this.#refilledAt === 0 ? burst : Math.min(burst, this.#tokens + ((now - this.#refilledAt) / 1000) * perSecond);
    this.#refilledAt = now;
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      return 0;
    }
    return ((1 - this.#tokens) / perSecond) * 1000;
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        this.#route(req, res, Buffer.concat(chunks));
      } catch (error) {
        send(res, 500, { code: 'server.error', message: String(error) });
      }
    });
  }

  #route(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const db = this.#db;
    if (!db) return void res.destroy();
    const waitMs = this.#takeToken();
    this.requestLog?.push({ at: performance.now(), status: waitMs > 0 ? 429 : 0 });
    if (waitMs > 0) return send(res, 429, { code: 'slow_down' }, { 'retry-after': String(Math.ceil(waitMs / 1000)) });
    const roll = this.random();
    if (roll < this.chaos.p503) return send(res, 503, { code: 'unavailable' });
    if (roll < this.chaos.p503 + this.chaos.p429) {
      return send(res, 429, { code: 'slow_down' }, { 'retry-after': String(this.chaos.retryAfterSeconds) });
    }
    const url = new URL(req.url ?? '/', 'http://x');
    const uploadId = /^\/uploads\/([\w-]+)$/.exec(url.pathname)?.[1];
    const key = req.headers['idempotency-key'];

    if (req.method === 'POST' && url.pathname === '/uploads' && typeof key === 'string') {
      const { length, sha256, contentType } = JSON.parse(body.toString('utf8')) as { length: number; sha256: string; contentType: string };
      let row = db.prepare('SELECT id, length, sha256 FROM upload WHERE idempotency_key = ?').get(key) as
        { id: string; length: number; sha256: string } | undefined;
      if (row && (row.length !== length || row.sha256 !== sha256)) return send(res, 422, { code: 'idempotency.mismatch' });
      if (!row) {
        row = { id: randomUUID(), length, sha256 };
        db.prepare('INSERT INTO upload (id, idempotency_key, length, sha256, content_type, data) VALUES (?, ?, ?, ?, ?, ?)').run(
          row.id,
          key,
          length,
          sha256,
          contentType,
          Buffer.alloc(0),
        );
      }
      return this.#committed(res, 201, { url: `/uploads/${row.id}` });
    }
    if (uploadId && (req.method === 'HEAD' || req.method === 'PATCH')) {
      const upload = db.prepare('SELECT length, sha256, received FROM upload WHERE id = ?').get(uploadId) as
        { length: number; sha256: string; received: number } | undefined;
      if (!upload) return send(res, 404, { code: 'upload.not_found' });
      const offset = upload.received;
      if (req.method === 'HEAD') return send(res, 200, undefined, { 'upload-offset': String(offset) });
      if (Number(req.headers['upload-offset']) !== offset) return send(res, 409, { code: 'upload.offset' }, { 'upload-offset': String(offset) });
      const received = offset + body.length;
      if (received > upload.length) return send(res, 422, { code: 'upload.too_long' });
      // Each chunk is stored once; the whole upload is assembled (and checked) only when it completes.
      const complete = received === upload.length ? Buffer.concat([...storedChunks(db, uploadId), body]) : null;
      if (complete && createHash('sha256').update(complete).digest('hex') !== upload.sha256) return send(res, 422, { code: 'upload.checksum' });
      db.transaction(() => {
        if (complete) {
          db.prepare('UPDATE upload SET data = ?, received = ? WHERE id = ?').run(complete, received, uploadId);
          db.prepare('DELETE FROM upload_chunk WHERE upload_id = ?').run(uploadId);
        } else {
          db.prepare('INSERT INTO upload_chunk (upload_id, offset, data) VALUES (?, ?, ?)').run(uploadId, offset, body);
          db.prepare('UPDATE upload SET received = ? WHERE id = ?').run(received, uploadId);
        }
      })();
      return this.#committed(res, 204, undefined, { 'upload-offset': String(received) });
    }
    if (req.method === 'POST' && url.pathname === '/records' && typeof key === 'string') {
      const text = body.toString('utf8');
      const existing = db.prepare('SELECT body FROM record WHERE idempotency_key = ?').pluck().get(key) as string | undefined;
      if (existing !== undefined) {
        // A replay of an applied request: same answer, no second effect.
        return existing === text ? this.#committed(res, 201, { replayed: true }) : send(res, 422, { code: 'idempotency.mismatch' });
      }
      const record = JSON.parse(text) as { kind: string; payload: { logical?: string }; uploads: Array<{ url: string }> };
      const uploadIds = record.uploads.map((u) => u.url.split('/').pop() ?? '');
      for (const id of uploadIds) {
        const u = db.prepare('SELECT length, received AS have FROM upload WHERE id = ?').get(id) as { length: number; have: number } | undefined;
        if (!u || u.have !== u.length) return send(res, 422, { code: 'upload.incomplete', field: 'uploads' });
      }
      db.transaction(() => {
        db.prepare('INSERT INTO record (idempotency_key, kind, body) VALUES (?, ?, ?)').run(key, record.kind, text);
        db.prepare('INSERT INTO effect (idempotency_key, logical) VALUES (?, ?)').run(key, String(record.payload.logical ?? key));
        for (const id of uploadIds) db.prepare('INSERT INTO record_upload (record_key, upload_id) VALUES (?, ?)').run(key, id);
      })();
      return this.#committed(res, 201, { applied: true });
    }
    send(res, 404, { code: 'not_found' });
  }

  #committed(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
    if (this.random() < this.chaos.pDropAfterCommit) return void res.socket?.destroy();
    send(res, status, body, headers);
  }
}

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function storedChunks(db: Database.Database, uploadId: string): Buffer[] {
  return db.prepare('SELECT data FROM upload_chunk WHERE upload_id = ? ORDER BY offset').pluck().all(uploadId) as Buffer[];
}

function openServerDb(path: string): Database.Database {
  const db = new Database(path);
  applyPragmas(db);
  db.exec(`
    CREATE TABLE IF NOT EXISTS record (idempotency_key TEXT PRIMARY KEY, kind TEXT NOT NULL, body TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS effect (seq INTEGER PRIMARY KEY, idempotency_key TEXT NOT NULL, logical TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS upload (id TEXT PRIMARY KEY, idempotency_key TEXT NOT NULL UNIQUE, length INTEGER NOT NULL,
      sha256 TEXT NOT NULL, content_type TEXT NOT NULL, data BLOB NOT NULL, received INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE IF NOT EXISTS upload_chunk (upload_id TEXT NOT NULL, offset INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (upload_id, offset));
    CREATE TABLE IF NOT EXISTS record_upload (record_key TEXT NOT NULL, upload_id TEXT NOT NULL);
  `);
  return db;
}
