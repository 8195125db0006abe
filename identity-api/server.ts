import { randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiErrorCodes } from '../common/identityApi/apiError';
import { needsIdempotencyKey, operations } from '../common/identityApi/operations';
import { IDEMPOTENCY_HEADER } from '../common/identityApi/signing';
import { getProvinceProfile, type ProvinceId } from '../common/profiles';
import { ApiError } from './apiError';
import type { Reply, ServerContext } from './context';
import { openDatabase, type Db } from './database';
import { latestSms, sentSms, serveDev, type SmsOutbox } from './dev';
import { serveMetrics } from './fleet/metricsEndpoint';
import { authenticate } from './http/auth';
import { createFaultControl, type FaultControl, type FaultSettings } from './http/faults';
import { IdempotencyStore, requestHash } from './http/idempotency';
import { parseJson, readBody, send, sendError } from './http/io';
import { RateLimiter } from './http/rateLimiter';
import { openApiYaml } from './openapi';
import { matchRoute } from './router';
import { generateServerKeyPair, type ServerKeyPair } from './sealedSecrets';
import { seedDatabase } from './seed';

export interface IdentityApiServerOptions {
  dbPath: string;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Kiosk id → HMAC secret. */
  kiosks: Record<string, string>;
  /** The province whose profile the server enforces (one gateway serves one province). */
  province?: ProvinceId;
  faults?: Partial<FaultSettings>;
  /** Milliseconds since the epoch; tests move time to expire codes and sessions. */
  clock?: () => number;
  /** Serves /dev/sms and /dev/faults; never in production. */
  dev?: boolean;
  rateLimitPerMinute?: number;
  /** scrypt N; tests lower it to stay fast on small machines. */
  passwordCost?: number;
  /** Source for fault decisions (0-1); tests make it deterministic. */
  random?: () => number;
  /** GET /metrics needs `Authorization: Bearer <token>` when set (docs/operations.md, fleet monitoring). */
  metricsToken?: string;
  /** A kiosk silent for longer is down on /metrics; default 900. */
  heartbeatStaleSeconds?: number;
}

export interface IdentityApiServer {
  url: string;
  faults: FaultControl;
  outbox: SmsOutbox;
  close(): Promise<void>;
}

const MAX_BODY = 4 * 1024 * 1024;

function loadKeyPair(db: Db): ServerKeyPair {
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'server_key'`).get() as { value: string } | undefined;
  if (row) return JSON.parse(row.value) as ServerKeyPair;
  const keyPair = generateServerKeyPair();
  db.prepare(`INSERT INTO meta (key, value) VALUES ('server_key', ?)`).run(JSON.stringify(keyPair));
  return keyPair;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function createIdentityApiServer(options: IdentityApiServerOptions): Promise<IdentityApiServer> {
  const clock = options.clock ?? Date.now;
  const random = options.random ?? (() => randomInt(0, 1_000_000) / 1_000_000);
  const db = openDatabase(options.dbPath);
  const passwordCost = options.passwordCost ?? 2 ** 15;
  await seedDatabase(db, passwordCost, clock());
  const context: ServerContext = { db, profile: getProvinceProfile(options.province ?? 'jilin'), keyPair: loadKeyPair(db), clock, passwordCost };
  const faults = createFaultControl(options.faults);
  const idempotency = new IdempotencyStore(db);
  const limiter = new RateLimiter(options.rateLimitPerMinute ?? 600);
  const yaml = openApiYaml();

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const match = matchRoute(method, url.pathname);
    if (match === undefined) throw new ApiError(404, apiErrorCodes.notFound, 'no such endpoint');
    if (match === 'method') throw new ApiError(405, 'METHOD_NOT_ALLOWED', 'method not allowed');
    const rawBody = await readBody(req, MAX_BODY);
    const pathWithQuery = url.pathname + url.search;
    const kioskId = authenticate(db, options.kiosks, method, pathWithQuery, req.headers, rawBody, clock());

    const waitSeconds = limiter.take(kioskId, clock());
    if (waitSeconds > 0) throw tooMany(apiErrorCodes.rateLimited, waitSeconds);
    const fault = faults.get();
    if (fault.delayMs > 0) await sleep(fault.delayMs);
    if (random() < fault.tooManyRequestsRate) throw tooMany(apiErrorCodes.rateLimited, fault.retryAfterSeconds);
    if (random() < fault.errorRate) throw new ApiError(503, apiErrorCodes.unavailable, 'injected fault');

    const op = operations[match.id];
    let body: unknown;
    if (op.request) {
      const parsed = op.request.safeParse(parseJson(rawBody) ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new ApiError(400, apiErrorCodes.validation, issue.message, issue.path.join('.') || undefined);
      }
      body = parsed.data;
    }

    const key = needsIdempotencyKey(match.id) ? idempotencyKey(req) : undefined;
    const hash = requestHash(method, pathWithQuery, rawBody);
    if (key !== undefined) {
      const replay = idempotency.begin(kioskId, key, hash);
      if (replay) return send(res, replay.status, replay.body ?? undefined, replay.headers);
    }
    try {
      const now = clock();
      const commit = await match.handler(context, { body, rawBody, params: match.params, headers: req.headers, kioskId, now });
      const reply: Reply = db.transaction(() => {
        const result = commit();
        if (key !== undefined) idempotency.record(kioskId, key, hash, result, now);
        return result;
      })();
      if (op.kind === 'write' && random() < fault.dropAfterCommitRate) {
        req.socket.destroy();
        return;
      }
      send(res, reply.status, reply.body, reply.headers);
    } finally {
      if (key !== undefined) idempotency.end(kioskId, key);
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://identity-api');
    const work = async (): Promise<void> => {
      if (url.pathname === '/v1/openapi.yaml' && req.method === 'GET') return send(res, 200, yaml);
      if (url.pathname === '/metrics' && req.method === 'GET') {
        const { metricsToken: token, heartbeatStaleSeconds } = options;
        return serveMetrics(req, res, { db, kioskIds: Object.keys(options.kiosks), clock, token, heartbeatStaleSeconds });
      }
      if (url.pathname.startsWith('/dev/')) {
        if (options.dev) return serveDev(db, faults, req, res, url);
        throw new ApiError(404, apiErrorCodes.notFound, 'no such endpoint');
      }
      await handleApi(req, res, url);
    };
    work().catch((error: unknown) => sendError(res, error));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    faults,
    outbox: { latest: (phone) => latestSms(db, phone), sent: (challengeId) => sentSms(db, challengeId) },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => {
          db.close();
          if (err) reject(err);
          else resolve();
        });
      }),
  };
}

function tooMany(code: string, seconds: number): ApiError {
  return new ApiError(429, code, 'too many requests', undefined, { retryAfterSeconds: seconds, headers: { 'retry-after': String(seconds) } });
}

function idempotencyKey(req: IncomingMessage): string {
  const key = req.headers[IDEMPOTENCY_HEADER];
  if (typeof key !== 'string' || key.length < 1 || key.length > 128) {
    throw new ApiError(400, apiErrorCodes.idempotencyKeyMissing, 'writes need an Idempotency-Key header', 'Idempotency-Key');
  }
  return key;
}
