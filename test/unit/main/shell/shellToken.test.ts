import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { wsSubprotocol } from '../../../../common/contract/wsProtocol';
import { loadHallConfig } from '../../../../main/services/config/loadHallConfig';
import { createLogger } from '../../../../main/services/log/logger';
import { startBrowserShell, type BrowserShell } from '../../../../main/shell/browserShell';
import { BridgeSession } from '../../../../main/shell/bridgeSession';

const chromium = process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium';

/** A stand-in page that connects the bridge as the renderer does (same origin, subprotocol, no secret of its own). */
function writePage(dir: string): void {
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>kiosk</title><script src="/page.js"></script>');
  writeFileSync(
    path.join(dir, 'page.js'),
    "const ws = new WebSocket(location.origin.replace('http', 'ws') + '/bridge', ['kiosk-bridge.v1']);\n" +
      "ws.onopen = () => ws.send(JSON.stringify({ t: 'call', id: 1, method: 'system.info' }));\n",
  );
}

/** Every file under `dir`, for a byte search. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return entry.isFile() ? [full] : [];
  });
}

/** Processes whose command line mentions `needle`, with that command line. */
function processesWith(needle: string): Array<{ pid: number; cmdline: string }> {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`).toString().replace(/\0/g, ' ');
        return cmdline.includes(needle) ? [{ pid: Number(pid), cmdline }] : [];
      } catch {
        return [];
      }
    });
}

const waitFor = async (what: string, check: () => boolean, ms = 30_000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('the browser shell in real Chromium', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kiosk-shell-'));
  const rendererDir = mkdtempSync(path.join(tmpdir(), 'kiosk-page-'));
  writePage(rendererDir);
  afterAll(() => [dataDir, rendererDir].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('keeps the bridge session off the command line, the output and the profile; admits one client, from the app origin only', async () => {
    // The test learns the session secret the way Chromium does: from main, not from the outside.
    const cookies: string[] = [];
    const handOver = BridgeSession.prototype.browserCookie;
    const spy = vi.spyOn(BridgeSession.prototype, 'browserCookie').mockImplementation(function (this: BridgeSession) {
      const cookie = handOver.call(this);
      cookies.push(`${cookie.name}=${cookie.value}`);
      return cookie;
    });
    const output: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => output.push(String(chunk)) > 0);
    const log = createLogger({ level: 'debug', write: (line) => output.push(line) });
    const loaded = loadHallConfig({ env: { KIOSK_DATA_DIR: dataDir } });
    let shell: BrowserShell | undefined;
    try {
      shell = await startBrowserShell({ loaded, log, rendererDir, chromium, chromiumArgs: ['--headless=new'], onExit: () => undefined });
      await waitFor('the page to connect', () => output.some((line) => line.includes('bridge client connected')));
      const cookie = cookies[0] ?? '';
      const secret = cookie.split('=')[1] ?? '';
      expect(secret).toMatch(/^[0-9a-f]{48}$/);

      const profile = path.join(dataDir, 'chromium-profile');
      const browsers = processesWith(`--user-data-dir=${profile}`);
      expect(browsers.length).toBeGreaterThan(0);
      for (const { cmdline } of browsers) {
        expect(cmdline).not.toContain(secret);
        // Not even a launch code: the page's address is the bare origin.
        expect(cmdline).not.toContain('launch=');
        expect(cmdline).not.toMatch(/--remote-debugging-port/);
      }
      expect(browsers.some(({ cmdline }) => cmdline.includes(`--app=${shell?.origin}/ `))).toBe(true);
      expect(output.some((line) => line.includes('bridge session handed to the kiosk browser'))).toBe(true);

      const bridge = `${shell.origin.replace('http', 'ws')}/bridge`;
      const attempt = (origin: string) =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(bridge, [wsSubprotocol], { origin, headers: { Cookie: cookie } });
          ws.on('open', () => ws.close());
          ws.on('close', () => resolve('open'));
          ws.on('unexpected-response', (_req, res) => resolve(`refused ${res.statusCode}`));
        });
      expect(await attempt(shell.origin)).toBe('refused 409');
      expect(await attempt('http://127.0.0.1:1')).toBe('refused 403');
    } finally {
      await shell?.stop();
      stdout.mockRestore();
      spy.mockRestore();
    }
    const secret = cookies[0]?.split('=')[1] ?? '';
    const profile = path.join(dataDir, 'chromium-profile');
    await waitFor('Chromium to exit', () => processesWith(`--user-data-dir=${profile}`).length === 0);
    expect(output.join('\n')).not.toContain(secret);
    const files = filesUnder(profile);
    expect(files.length).toBeGreaterThan(10);
    const holding = files.filter((file) => statSync(file).size < 64 * 2 ** 20 && readFileSync(file).includes(secret));
    expect(holding).toEqual([]);
    // Chromium keeps cookie values encrypted on disk, so the byte search alone would not see one; it
    // writes even session cookies (to restore a crashed session), so main removes the store once the
    // browser has exited: it must not list the session at all.
    const cookieDb = path.join(profile, 'Default', 'Cookies');
    if (existsSync(cookieDb)) {
      // Read a copy: a read-only open of Chromium's WAL-mode store fails where its -shm is gone.
      const copyDir = mkdtempSync(path.join(tmpdir(), 'kiosk-cookies-'));
      for (const suffix of ['', '-wal', '-journal']) {
        if (existsSync(cookieDb + suffix)) copyFileSync(cookieDb + suffix, path.join(copyDir, 'Cookies' + suffix));
      }
      const db = new Database(path.join(copyDir, 'Cookies'));
      try {
        expect(db.prepare("SELECT COUNT(*) FROM cookies WHERE name = 'kiosk-bridge'").pluck().get()).toBe(0);
      } finally {
        db.close();
        rmSync(copyDir, { recursive: true, force: true });
      }
    }
  }, 60_000);
});
