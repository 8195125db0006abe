import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSSRApp, defineComponent } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { createKioskClient } from '../../../../common/contract/client';
import type { KioskApi } from '../../../../common/contract/kioskApi';
import type { HeartbeatRequest } from '../../../../common/identityApi/heartbeat';
import { startKioskServices, type KioskRuntime } from '../../../../main/kioskServices';
import { loadHallConfig } from '../../../../main/services/config/loadHallConfig';
import { KeyFileProvider } from '../../../../main/services/crypto/keyFileProvider';
import { createLogger, silentLogger } from '../../../../main/services/log/logger';
import { forwardRendererErrors } from '../../../../renderer/errors/forwardErrors';

const PHONE = '13812345678';
let dataDir: string;
let runtime: KioskRuntime;
let kiosk: KioskApi;
const lines: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'renderer-errors-'));
  const loaded = loadHallConfig({ env: { KIOSK_DATA_DIR: dataDir } });
  runtime = await startKioskServices({
    loaded,
    log: createLogger({ level: 'info', write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) }),
    shell: 'browser',
    versions: { node: process.versions.node },
    keyProvider: new KeyFileProvider(path.join(dataDir, 'data.key'), silentLogger),
    exit: () => undefined,
  });
  // The renderer's own client over main's real dispatcher, as either transport delivers it.
  kiosk = createKioskClient({ call: (p, arg) => runtime.dispatch(p, arg, { transport: 'local' }), subscribe: () => () => undefined });
});
afterAll(async () => {
  await runtime.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const rendererErrors = () => lines.filter((l) => l.msg === 'renderer error');
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** The embedded gateway's copy of this kiosk's latest heartbeat, after sending one now. */
async function nextHeartbeat(): Promise<HeartbeatRequest> {
  expect(await runtime.heartbeat.beat()).toBe(true);
  const db = new Database(path.join(dataDir, 'identity-api.sqlite'), { readonly: true });
  try {
    return JSON.parse((db.prepare('SELECT payload FROM heartbeats').get() as { payload: string }).payload) as HeartbeatRequest;
  } finally {
    db.close();
  }
}

describe('renderer errors reach main', () => {
  it('an error thrown in the page ends in main log (redacted) and the next heartbeat', async () => {
    const page = new EventTarget();
    forwardRendererErrors(page as never, null, (error) => kiosk.system.reportError(error));
    const error = new TypeError(`cannot read 'phone' of ${PHONE}`);
    page.dispatchEvent(Object.assign(new Event('error'), { error, message: error.message, filename: 'app://kiosk/assets/index.js', lineno: 3, colno: 14 }));
    await settle();

    expect(rendererErrors()).toHaveLength(1);
    expect(rendererErrors()[0]).toMatchObject({ level: 'error', kind: 'error', where: 'app://kiosk/assets/index.js:3:14', error: { errorClass: 'TypeError' } });
    expect(JSON.stringify(lines)).not.toContain(PHONE);
    expect((await nextHeartbeat()).lastCrash).toMatchObject({ source: 'renderer', summary: "TypeError: cannot read 'phone' of [phone]" });
  });

  it('an unhandled rejection is reported and kept from the console default', async () => {
    const page = new EventTarget();
    forwardRendererErrors(page as never, null, (error) => kiosk.system.reportError(error));
    const event = Object.assign(new Event('unhandledrejection', { cancelable: true }), { reason: new Error('sms service timed out') });
    page.dispatchEvent(event);
    await settle();
    expect(event.defaultPrevented).toBe(true);
    expect(rendererErrors().at(-1)).toMatchObject({ kind: 'unhandledrejection', error: { message: 'sms service timed out' } });
    expect((await nextHeartbeat()).lastCrash).toMatchObject({ source: 'renderer', summary: 'Error: sms service timed out' });
  });

  it("an error in a Vue component goes through the app's error handler", async () => {
    const Broken = defineComponent({
      setup() {
        throw new RangeError('step index out of range');
      },
      render: () => null,
    });
    const app = createSSRApp(Broken);
    forwardRendererErrors(new EventTarget() as never, app, (error) => kiosk.system.reportError(error));
    await renderToString(app).catch(() => undefined);
    await settle();
    expect(rendererErrors().at(-1)).toMatchObject({ kind: 'vue', where: 'setup function', error: { errorClass: 'RangeError' } });
    expect((await nextHeartbeat()).lastCrash).toMatchObject({ source: 'renderer', summary: 'RangeError: step index out of range' });
  });
});
