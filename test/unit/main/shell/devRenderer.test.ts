import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { defaultHallConfig } from '../../../../common/config/defaultHallConfig';
import type { HallConfig } from '../../../../common/config/hallConfig';
import { wsSubprotocol } from '../../../../common/contract/wsProtocol';
import { contentSecurityPolicy } from '../../../../main/appAssets/contentSecurityPolicy';
import { DevRendererRefused, grantDevRenderer } from '../../../../main/appAssets/devRenderer';
import { loadHallConfig, type LoadedHallConfig } from '../../../../main/services/config/loadHallConfig';
import { silentLogger } from '../../../../main/services/log/logger';
import { startAppServer, type AppServer } from '../../../../main/shell/appServer';
import { startBrowserShell, type BrowserShell } from '../../../../main/shell/browserShell';
import { redeemLaunchUrl } from '../../../support/bridge/launch';
import { startTestRuntime } from '../../../support/runtime';

const viteOrigin = 'http://127.0.0.1:5173';
const production: HallConfig = { ...defaultHallConfig, mode: 'production' };
const directives = (csp: string) => csp.split('; ');

/**
 * Opens the bridge as a page on `origin` would after the kiosk browser's first load (or with the
 * cookie given); resolves `open` or how it was refused.
 */
async function attempt(server: { launchUrl(): string }, origin: string, cookie?: string): Promise<string> {
  const launch = new URL(server.launchUrl());
  const session = cookie ?? (await redeemLaunchUrl(launch.href)) ?? '';
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://${launch.host}/bridge`, [wsSubprotocol], { origin, headers: { Cookie: session } });
    ws.on('open', () => ws.close());
    ws.on('close', () => resolve('open'));
    ws.on('unexpected-response', (_req, res) => resolve(`refused ${res.statusCode}`));
    ws.on('error', () => resolve('error'));
  });
}

describe('the renderer dev server grant', () => {
  it('is given in demo mode for an http origin on this machine', () => {
    const dev = grantDevRenderer(defaultHallConfig, viteOrigin);
    expect(dev).toMatchObject({ origin: viteOrigin, hmrSocket: 'ws://127.0.0.1:5173' });
    expect(dev.styleNonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(grantDevRenderer(defaultHallConfig, viteOrigin).styleNonce).not.toBe(dev.styleNonce);
    expect(grantDevRenderer(defaultHallConfig, 'http://localhost:5174').origin).toBe('http://localhost:5174');
  });

  it('is refused to a production config, whatever the origin', () => {
    expect(() => grantDevRenderer(production, viteOrigin)).toThrow(DevRendererRefused);
    expect(() => grantDevRenderer(production, viteOrigin)).toThrow(/production mode/);
  });

  it('is refused for an origin off this machine, over https, or with a path', () => {
    for (const origin of [
      'http://192.168.1.20:5173',
      'http://kiosk.example:5173',
      'https://127.0.0.1:5173',
      'http://127.0.0.1:5173/',
      'ws://127.0.0.1:5173',
      'vite',
    ]) {
      expect(() => grantDevRenderer(defaultHallConfig, origin), origin).toThrow(DevRendererRefused);
    }
  });
});

describe('the CSP', () => {
  it('stays strict without the grant: no nonce, no socket to another origin', () => {
    const csp = directives(contentSecurityPolicy());
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp.join('; ')).not.toMatch(/nonce|ws:/);
  });

  it('adds only the style nonce and the update socket for the dev server', () => {
    const dev = grantDevRenderer(defaultHallConfig, viteOrigin);
    const strict = directives(contentSecurityPolicy());
    const relaxed = directives(contentSecurityPolicy(dev));
    expect(relaxed.filter((d) => !strict.includes(d))).toEqual([`style-src 'self' 'nonce-${dev.styleNonce}'`, "connect-src 'self' ws://127.0.0.1:5173"]);
    expect(relaxed).toHaveLength(strict.length);
  });
});

describe('the bridge', () => {
  let runtime: Awaited<ReturnType<typeof startTestRuntime>>;
  let normal: AppServer;
  let dev: AppServer;
  beforeAll(async () => {
    runtime = await startTestRuntime();
    const rendererDir = mkdtempSync(path.join(tmpdir(), 'kiosk-renderer-'));
    const common = { rendererDir, port: 0, dispatch: runtime.runtime.dispatch, events: runtime.runtime.events, log: silentLogger };
    normal = await startAppServer(common);
    dev = await startAppServer({ ...common, devRenderer: grantDevRenderer(defaultHallConfig, viteOrigin) });
  });
  afterAll(async () => {
    await normal.close();
    await dev.close();
    await runtime.cleanup();
  });

  it('refuses the dev server page on a normal start', async () => {
    expect(await attempt(normal, viteOrigin)).toBe('refused 403');
    expect(await attempt(normal, normal.origin)).toBe('open');
  });

  it('admits the dev server page when granted, still with the session cookie, and no other origin', async () => {
    expect(await attempt(dev, viteOrigin)).toBe('open');
    expect(await attempt(dev, dev.origin)).toBe('open');
    expect(await attempt(dev, 'http://127.0.0.1:5174')).toBe('refused 403');
    expect(await attempt(dev, viteOrigin, 'kiosk-bridge=forged')).toBe('refused 403');
  });

  it('sends the launch code of a dev start on to the dev server page', async () => {
    const response = await fetch(dev.launchUrl(), { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${viteOrigin}/`);
  });
});

describe('the browser shell', () => {
  const dirs: string[] = [];
  const loaded = (config: HallConfig): LoadedHallConfig => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kiosk-dev-'));
    dirs.push(dataDir);
    return { config: { ...config, dataDir }, source: 'test', dataDir, baseDir: dataDir, overrides: [] };
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('refuses a dev server under a production config before starting anything', async () => {
    const prod = loaded(production);
    await expect(
      startBrowserShell({ loaded: prod, log: silentLogger, rendererDir: prod.dataDir, onExit: () => undefined, devServerOrigin: viteOrigin }),
    ).rejects.toThrow(DevRendererRefused);
    expect(readdirSync(prod.dataDir)).toEqual([]);
  });

  it('starts normally with nothing relaxed: the dev server page is refused', async () => {
    const demo = loadHallConfig({ env: { KIOSK_DATA_DIR: loaded(defaultHallConfig).dataDir } });
    const shell: BrowserShell = await startBrowserShell({ loaded: demo, log: silentLogger, rendererDir: demo.dataDir, onExit: () => undefined });
    try {
      expect(shell.devRenderer).toBeUndefined();
      expect(await attempt(shell, viteOrigin)).toBe('refused 403');
      expect(await attempt(shell, shell.origin)).toBe('open');
    } finally {
      await shell.stop();
    }
    expect(existsSync(path.join(demo.dataDir, 'data.key'))).toBe(true);
  });
});
