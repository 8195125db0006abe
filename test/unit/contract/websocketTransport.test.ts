import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createKioskClient } from '../../../common/contract/client';
import { wsSubprotocol } from '../../../common/contract/wsProtocol';
import { startAppServer, type AppServer } from '../../../main/shell/appServer';
import { silentLogger } from '../../../main/services/log/logger';
import { createWsTransport } from '../../../renderer/bridge/wsTransport';
import { redeemLaunchUrl } from '../../support/bridge/launch';
import { startTestRuntime } from '../../support/runtime';
import { runContractSuite } from './contractSuite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Node 20 has no global WebSocket; `ws` with the page's Origin and session cookie stands in for the browser's. */
function browserLikeWebSocket(origin: string, cookie: string) {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { origin, headers: { Cookie: cookie } });
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
  (globalThis as { WebSocket?: unknown }).WebSocket = browserLikeWebSocket(server.origin, (await redeemLaunchUrl(server.launchUrl())) ?? '');
  const transport = createWsTransport(server.origin);
  return { api: createKioskClient(transport), raw: (p, a) => transport.call(p, a), runtime, exits, close: cleanup };
});

describe('browser shell bridge admission', () => {
  let shell: Awaited<ReturnType<typeof openShell>>;
  let cookie: string;
  beforeAll(async () => {
    shell = await openShell();
    cookie = (await redeemLaunchUrl(shell.server.launchUrl())) ?? '';
  });
  afterAll(() => shell.cleanup());

  const bridgeUrl = () => `${shell.server.origin.replace('http', 'ws')}/bridge`;
  /** Connects as a page would; `hold` keeps the socket open and hands it back. */
  const attempt = (origin: string, session: string, hold = false) =>
    new Promise<{ outcome: string; ws: WebSocket }>((resolve) => {
      const ws = new WebSocket(bridgeUrl(), [wsSubprotocol], { origin, headers: { Cookie: session } });
      ws.on('open', () => (hold ? resolve({ outcome: 'open', ws }) : ws.close()));
      ws.on('close', () => resolve({ outcome: 'open', ws }));
      ws.on('unexpected-response', (_req, res) => resolve({ outcome: `refused ${res.statusCode}`, ws }));
      ws.on('error', () => resolve({ outcome: 'error', ws }));
    });
  const outcome = async (origin: string, session: string) => (await attempt(origin, session)).outcome;

  it('admits the app page with the session cookie of its launch', async () => {
    expect(cookie).toMatch(/^kiosk-bridge=[0-9a-f]{48}$/);
    expect(await outcome(shell.server.origin, cookie)).toBe('open');
  });

  it('sets the cookie HttpOnly and SameSite=Strict, once per launch code, and drops the code from the address', async () => {
    const launch = shell.server.launchUrl();
    const first = await fetch(launch, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    expect(first.headers.get('set-cookie')).toMatch(/; Path=\/bridge; HttpOnly; SameSite=Strict$/);
    const again = await fetch(launch, { redirect: 'manual' });
    expect(again.status).toBe(303);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await redeemLaunchUrl(`${shell.server.origin}/?launch=${'0'.repeat(32)}`)).toBeUndefined();
  });

  it('refuses a wrong cookie, a missing cookie and a forged origin', async () => {
    expect(await outcome(shell.server.origin, 'kiosk-bridge=' + 'f'.repeat(48))).toBe('refused 403');
    expect(await outcome(shell.server.origin, '')).toBe('refused 403');
    expect(await outcome('http://evil.example', cookie)).toBe('refused 403');
    expect(await outcome(`http://127.0.0.1:${Number(new URL(shell.server.origin).port) + 1}`, cookie)).toBe('refused 403');
  });

  it('admits one client at a time and sends events to it alone', async () => {
    const page = await attempt(shell.server.origin, cookie, true);
    expect(page.outcome).toBe('open');
    const events: string[] = [];
    page.ws.on('message', (data: Buffer) => events.push((JSON.parse(data.toString()) as { t: string; name?: string }).name ?? ''));
    expect(await outcome(shell.server.origin, cookie)).toBe('refused 409');
    shell.runtime.events.emit('session.ended', { reason: 'finished' });
    await new Promise((r) => setTimeout(r, 100));
    expect(events).toContain('session.ended');
    page.ws.close();
    await new Promise((r) => page.ws.once('close', r));
    expect(await outcome(shell.server.origin, cookie)).toBe('open');
  });

  it('answers a malformed message with a typed error instead of dropping the connection', async () => {
    const ws = new WebSocket(bridgeUrl(), [wsSubprotocol], { origin: shell.server.origin, headers: { Cookie: cookie } });
    await new Promise((r) => ws.once('open', r));
    const reply = new Promise<unknown>((r) => ws.once('message', (data: Buffer) => r(JSON.parse(data.toString()))));
    ws.send('{not json');
    expect(await reply).toMatchObject({ t: 'reply', id: null, outcome: { ok: false, error: { code: 'bridge.malformedMessage' } } });
    ws.close();
    await new Promise((r) => ws.once('close', r));
  });

  it('serves the page with the kiosk CSP and refuses paths outside the app', async () => {
    const page = await fetch(`${shell.server.origin}/`);
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect((await fetch(`${shell.server.origin}/..%2f..%2fetc%2fpasswd.txt`)).status).toBe(404);
    expect((await fetch(`${shell.server.origin}/`, { method: 'POST' })).status).toBe(405);
  });
});
