import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createIdentityApiServer } from '../../../../../identity-api/server';
import { createIdentityClient, isIdentityApiError } from '../../../../../main/services/identity';
import { silentLogger } from '../../../../../main/services/log/logger';
import { CircuitBreaker } from '../../../../../main/services/sync/circuitBreaker';
import { IdentityOutboxSender } from '../../../../../main/services/sync/identityOutboxSender';
import { OutboxScheduler } from '../../../../../main/services/sync/outboxScheduler';
import { SyncEvents } from '../../../../../main/services/sync/syncEvents';
import { startGatewayProxy, type ProxyRule } from '../../../../support/identity/gatewayProxy';
import { identityKiosk, itemFor } from '../../../../support/outbox/campaignItems';
import { openTestOutbox } from '../../../../support/outbox/testOutbox';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const MiB = 1024 * 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A raw TCP "gateway" whose every connection is handed to `serve`. */
async function rawGateway(serve: (socket: Socket) => void): Promise<string> {
  const sockets = new Set<Socket>();
  const server: Server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    serve(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  );
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

/** Settles with the failure's code, or 'hung' when nothing settled within `guardMs`. */
async function outcome(call: Promise<unknown>, guardMs: number): Promise<string> {
  const guard = sleep(guardMs).then(() => 'hung');
  const settled = call.then(
    () => 'resolved',
    (error: unknown) => (isIdentityApiError(error) ? error.code : String(error)),
  );
  return Promise.race([settled, guard]);
}

const client = (baseUrl: string, timeoutMs = 5000) => createIdentityClient({ baseUrl, ...identityKiosk, timeoutMs });

describe('a hostile gateway cannot exhaust the client', () => {
  it('cuts off a 600 MiB answer instead of buffering it', { timeout: 60_000 }, async () => {
    let written = 0;
    const url = await rawGateway((socket) => {
      socket.once('data', async () => {
        socket.write(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${600 * MiB}\r\n\r\n`);
        const chunk = Buffer.alloc(MiB, 0x20);
        while (written < 600 * MiB && !socket.destroyed) {
          written += chunk.length;
          if (!socket.write(chunk)) await new Promise((resolve) => socket.once('drain', resolve).once('close', resolve));
        }
        socket.end();
      });
    });
    const code = await outcome(client(url, 30_000).getServerKey(), 40_000);
    await sleep(200);
    expect(code).toBe('IDENTITY_API_RESPONSE_TOO_LARGE');
    // The client hung up after its cap (1 MiB) plus what the socket buffers held.
    expect(written).toBeLessThan(64 * MiB);
  });

  it('gives up on an answer that trickles one byte at a time (total deadline, not idle timeout)', { timeout: 20_000 }, async () => {
    const url = await rawGateway((socket) => {
      socket.once('data', () => {
        socket.write('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n');
        const timer = setInterval(() => socket.write(' '), 400);
        socket.on('close', () => clearInterval(timer));
      });
    });
    const started = Date.now();
    const code = await outcome(client(url, 1500).getServerKey(), 8000);
    expect(code).toBe('IDENTITY_API_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('gives up on a gateway that trickles its status line', { timeout: 20_000 }, async () => {
    const url = await rawGateway((socket) => {
      socket.once('data', () => {
        const line = Buffer.from('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n');
        let i = 0;
        const timer = setInterval(() => socket.write(line.subarray(i, ++i % line.length || line.length)), 400);
        socket.on('close', () => clearInterval(timer));
      });
    });
    const code = await outcome(client(url, 1500).getServerKey(), 8000);
    expect(code).toBe('IDENTITY_API_TIMEOUT');
  });

  it('caps a huge Retry-After', async () => {
    const url = await rawGateway((socket) => {
      socket.once('data', () => socket.end('HTTP/1.1 503 Service Unavailable\r\nretry-after: 315360000\r\ncontent-length: 0\r\nconnection: close\r\n\r\n'));
    });
    const error = await client(url)
      .getServerKey()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(isIdentityApiError(error) && error.details.retryAfterMs).toBe(3600_000);
  });
});

describe('the outbox against a gateway that never advances an upload or asks to wait for years', () => {
  async function setUp(rule: ProxyRule) {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
    const upstream = await createIdentityApiServer({
      dbPath: join(dir, 'identity.sqlite'),
      kiosks: { [identityKiosk.kioskId]: identityKiosk.secret },
      passwordCost: 1024,
      rateLimitPerMinute: 1_000_000,
    });
    const proxy = await startGatewayProxy(upstream.url, rule);
    const outbox = openTestOutbox();
    const scheduler = new OutboxScheduler({
      repository: outbox.repository,
      sender: new IdentityOutboxSender(createIdentityClient({ baseUrl: proxy.url, ...identityKiosk, timeoutMs: 5000 })),
      events: new SyncEvents(silentLogger),
      breaker: new CircuitBreaker({ failureThreshold: 5, openMs: 30_000, now: outbox.clock.now }),
      backoff: { baseMs: 2000, capMs: 10 * 60_000 },
      logger: silentLogger,
      now: outbox.clock.now,
      chunkSize: 512,
    });
    cleanups.push(async () => {
      await proxy.close();
      await upstream.close();
      outbox.dispose();
      rmSync(dir, { recursive: true, force: true });
    });
    return { proxy, outbox, scheduler };
  }

  it('backs off an upload whose offset never advances, counts the failure, and sends the next item', { timeout: 30_000 }, async () => {
    let stuck: string | undefined;
    const { proxy, outbox, scheduler } = await setUp((req) => {
      const match = /^\/v1\/uploads\/([^/?]+)/.exec(req.url ?? '');
      if (req.method !== 'PATCH' || !match) return undefined;
      stuck ??= match[1];
      if (match[1] !== stuck) return undefined;
      // Takes the chunk, says "thank you", and reports the offset it was sent at.
      const offset = Number(req.headers['upload-offset']);
      return { status: 200, body: { uploadId: stuck, offset, length: 4096, complete: false } };
    });
    const first = outbox.repository.enqueue(itemFor('identity', 'stalled'));
    const second = outbox.repository.enqueue(itemFor('identity', 'behind-it'));
    const drained = scheduler.drainOnce();
    const result = await Promise.race([drained, sleep(10_000).then(() => 'hung' as const)]);
    const patches = proxy.requests.filter((r) => r.startsWith(`PATCH /v1/uploads/${stuck}`)).length;
    await proxy.close();
    await drained.catch(() => undefined);

    expect(result).toEqual({ sent: 1, retried: 1, dead: 0 });
    expect(patches).toBe(1);
    const ids = outbox.repository.due(10).map((i) => i.id);
    expect(ids).not.toContain(second);
    expect(outbox.repository.counts().pending).toBe(1);
    const stalled = outbox.store.db.prepare('SELECT attempts, last_error, next_attempt_at FROM outbox_item WHERE id = ?').get(first) as {
      attempts: number;
      last_error: string;
      next_attempt_at: number;
    };
    expect(stalled.attempts).toBe(1);
    expect(stalled.last_error).toContain('upload offset did not advance');
    expect(stalled.next_attempt_at).toBeGreaterThan(outbox.clock.now());
  });

  it('parks an item for at most the backoff cap whatever Retry-After says', { timeout: 30_000 }, async () => {
    const { outbox, scheduler } = await setUp((req) =>
      req.method === 'POST' && req.url === '/v1/appeals'
        ? { status: 429, headers: { 'retry-after': '315360000' }, body: { code: 'RATE_LIMITED', message: 'slow down' } }
        : undefined,
    );
    const id = outbox.repository.enqueue(itemFor('identity', 'told-to-wait'));
    expect(await scheduler.drainOnce()).toEqual({ sent: 0, retried: 1, dead: 0 });
    const row = outbox.store.db.prepare('SELECT next_attempt_at FROM outbox_item WHERE id = ?').get(id) as { next_attempt_at: number };
    expect(row.next_attempt_at - outbox.clock.now()).toBe(10 * 60_000);
  });
});
