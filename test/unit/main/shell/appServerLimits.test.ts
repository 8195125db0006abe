import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventHub } from '../../../../main/bridge/eventHub';
import { silentLogger } from '../../../../main/services/log/logger';
import { startAppServer, type AppServer } from '../../../../main/shell/appServer';

const rendererDir = mkdtempSync(path.join(tmpdir(), 'kiosk-renderer-'));
writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>kiosk</title>');

/** Resolves with how long the server kept the socket open, in ms. */
const lifetime = (socket: Socket, started: number) => new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now() - started)));

describe('the app server against slow and many connections', () => {
  let server: AppServer;
  let port: number;
  beforeAll(async () => {
    server = await startAppServer({
      rendererDir,
      port: 0,
      dispatch: () => Promise.resolve({ ok: true, value: null }),
      events: new EventHub(silentLogger),
      log: silentLogger,
      limits: { headersTimeoutMs: 1000, requestTimeoutMs: 1500, maxConnections: 4 },
    });
    port = Number(new URL(server.origin).port);
  });
  afterAll(async () => {
    await server.close();
    rmSync(rendererDir, { recursive: true, force: true });
  });

  it('answers a refused method with the same security headers as every page', async () => {
    const response = await fetch(`${server.origin}/`, { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('cuts off a client that trickles its request a byte at a time, however steadily', async () => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    const request = Buffer.from('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ' + 'a'.repeat(200));
    let sent = 0;
    const trickle = setInterval(() => {
      if (!socket.destroyed && sent < request.length) socket.write(request.subarray(sent, ++sent));
    }, 100);
    const openFor = await lifetime(socket, started);
    clearInterval(trickle);
    expect(sent).toBeLessThan(request.length);
    expect(openFor).toBeLessThan(3000);
  });

  it('closes a connection that sends nothing', async () => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    expect(await lifetime(socket, started)).toBeLessThan(3000);
  });

  it('caps the number of connections, and serves again once they are gone', async () => {
    const held = await Promise.all(
      Array.from(
        { length: 4 },
        () =>
          new Promise<Socket>((resolve) => {
            const socket = connect(port, '127.0.0.1', () => resolve(socket));
            socket.on('error', () => undefined);
          }),
      ),
    );
    await new Promise((r) => setTimeout(r, 50));
    const extra = connect(port, '127.0.0.1');
    extra.on('error', () => undefined);
    const extraLife = await lifetime(extra, Date.now());
    expect(extraLife).toBeLessThan(500);
    held.forEach((socket) => socket.destroy());
    await new Promise((r) => setTimeout(r, 50));
    expect((await fetch(`${server.origin}/`)).status).toBe(200);
  });
});
