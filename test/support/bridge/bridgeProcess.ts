import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EventHub } from '../../../main/bridge/eventHub';
import { createLogger, silentLogger } from '../../../main/services/log/logger';
import { startAppServer } from '../../../main/shell/appServer';

/**
 * The browser shell's real server and bridge in a process of their own, so a test can see whether
 * a hostile client takes the whole process down. Calls are answered by a stand-in dispatcher (the
 * flows need Vite's module loader); the transport is what is under test. Prints one JSON line with
 * the addresses, then the server's log lines on stderr.
 */
async function main(): Promise<void> {
  const rendererDir = mkdtempSync(path.join(tmpdir(), 'kiosk-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>kiosk</title>');
  const server = await startAppServer({
    rendererDir,
    port: 0,
    dispatch: (method) => Promise.resolve({ ok: true, value: { answered: method } }),
    events: new EventHub(silentLogger),
    log: createLogger({ level: 'warn' }),
  });
  process.stdout.write(`${JSON.stringify({ origin: server.origin, launchUrl: server.launchUrl() })}\n`);
}

void main();
