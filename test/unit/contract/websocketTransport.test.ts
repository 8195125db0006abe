import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createKioskClient } from '../../../common/contract/client';
import { wsSubprotocol, wsTokenPrefix } from '../../../common/contract/wsProtocol';
import { startAppServer, type AppServer } from '../../../main/shell/appServer';
import { silentLogger } from '../../../main/services/log/logger';
import { createWsTransport } from '../../../renderer/bridge/wsTransport';
import { startTestRuntime } from '../../support/runtime';
import { runContractSuite } from './contractSuite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Node 20 has no global WebSocket; `ws` with the page's Origin stands in for the browser's. */
function browserLikeWebSocket(origin: string) {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { origin });
      // A browser reports a failed connection as an event; Node's emitter would throw it instead.
      this.on('error', () => undefined);
    }
  };
}

const rendererDir = mkdtempSync(path.join(tmpdir(), 'kiosk-renderer-'));
writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>kiosk</title>');

async function openShell(): Promise<{
  server: AppServer;
  cleanup: () => Promise<void>;
  exits: number[];
  runtime: Awaited<ReturnType<typeof startTestRuntime>>['runtime'];
}> {
  const { runtime, exits, cleanup } = await startTestRuntime();
  const server = await startAppServer({ rendererDir, port: 0, dispatch: runtime.dispatch, events: runtime.events, log: silentLogger });
  return {
    server,
    runtime,
    exits,
    cleanup: async () => {
      await server.close();
      await cleanup();
    },
  };
}

runContractSuite('the browser shell WebSocket', async () => {
  const { server, runtime, exits, cleanup } = await openShell();
  (globalThis as { WebSocket?: unknown }).WebSocket = browserLikeWebSocket(server.origin);
  const transport = createWsTransport(server.origin, new URL(server.url).searchParams.get('bridge') ?? '');
  return { api: createKioskClient(transport), raw: (p, a) => transport.call(p, a), runtime, exits, close: cleanup };
});

describe('browser shell bridge admission', () => {
  let shell: Awaited<ReturnType<typeof openShell>>;
  let token: string;
  beforeAll(async () => {
    shell = await openShell();
    token = new URL(shell.server.url).searchParams.get('bridge') ?? '';
  });
  afterAll(() => shell.cleanup());

  const attempt = (origin: string, protocols: string[]) =>
    new Promise<string>((resolve) => {
      const ws = new WebSocket(`${shell.server.origin.replace('http', 'ws')}/bridge`, protocols, { origin });
      ws.on('open', () => {
        ws.close();
        resolve('open');
      });
      ws.on('unexpected-response', (_req, res) => resolve(`refused ${res.statusCode}`));
      ws.on('error', () => resolve('error'));
    });

  it('admits the app page with this launch token', async () => {
    expect(await attempt(shell.server.origin, [wsSubprotocol, wsTokenPrefix + token])).toBe('open');
  });

  it('refuses a wrong token, a missing token and a foreign origin', async () => {
    expect(await attempt(shell.server.origin, [wsSubprotocol, wsTokenPrefix + 'f'.repeat(token.length)])).toBe('refused 403');
    expect(await attempt(shell.server.origin, [wsSubprotocol])).toBe('refused 403');
    expect(await attempt('http://evil.example', [wsSubprotocol, wsTokenPrefix + token])).toBe('refused 403');
  });

  it('answers a malformed message with a typed error instead of dropping the connection', async () => {
    const ws = new WebSocket(`${shell.server.origin.replace('http', 'ws')}/bridge`, [wsSubprotocol, wsTokenPrefix + token], { origin: shell.server.origin });
    await new Promise((r) => ws.once('open', r));
    const reply = new Promise<unknown>((r) => ws.once('message', (data: Buffer) => r(JSON.parse(data.toString()))));
    ws.send('{not json');
    expect(await reply).toMatchObject({ t: 'reply', id: null, outcome: { ok: false, error: { code: 'bridge.malformedMessage' } } });
    ws.close();
  });

  it('serves the page with the kiosk CSP and refuses paths outside the app', async () => {
    const page = await fetch(`${shell.server.origin}/`);
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect((await fetch(`${shell.server.origin}/..%2f..%2fetc%2fpasswd.txt`)).status).toBe(404);
    expect((await fetch(`${shell.server.origin}/`, { method: 'POST' })).status).toBe(405);
  });
});
