import { beforeEach, describe, expect, it } from 'vitest';
import { createKioskClient } from '../../../common/contract/client';
import { ipcChannels, kioskContract } from '../../../common/contract/kioskApi';
import { fake, ipcMain } from '../../fakes/electron';
import { registerIpcRouter } from '../../../main/electron/ipcRouter';
import { silentLogger } from '../../../main/services/log/logger';
import { createIpcTransport, hasPreloadKiosk } from '../../../renderer/bridge/ipcTransport';
import { startTestRuntime } from '../../support/runtime';
import { runContractSuite, type TransportUnderTest } from './contractSuite';

const appFrame = { url: 'app://kiosk/', parent: null };
// Evaluated once, as in a renderer process; it registers window.kiosk through contextBridge.
await import('../../../preload/index');
const preloadApi = fake.exposed.get('kiosk');

/** The real preload and IPC router, wired through the fake electron module. */
async function openElectron(): Promise<TransportUnderTest> {
  fake.reset();
  const { runtime, exits, cleanup } = await startTestRuntime();
  const unregister = registerIpcRouter(ipcMain as never, runtime.dispatch, () => appFrame, silentLogger);
  const detach = runtime.events.attach((name, payload) => fake.sendToRenderer(ipcChannels.event(name), payload));
  fake.senderFrame = appFrame;
  const exposed = preloadApi;
  if (!hasPreloadKiosk(exposed)) throw new Error('preload did not expose window.kiosk');
  const transport = createIpcTransport(exposed);
  return {
    api: createKioskClient(transport),
    raw: (p, a) => transport.call(p, a),
    runtime,
    exits,
    close: async () => {
      detach();
      unregister();
      await cleanup();
    },
  };
}

runContractSuite('Electron IPC (fake electron)', openElectron);

describe('Electron preload surface', () => {
  let t: TransportUnderTest;
  beforeEach(async () => {
    t = await openElectron();
    return () => t.close();
  });

  it('exposes one function per contract method and `on`, nothing else', () => {
    const exposed = preloadApi as Record<string, Record<string, unknown>>;
    expect(Object.keys(exposed).sort()).toEqual(['on', ...Object.keys(kioskContract)].sort());
    expect(Object.keys(exposed.system ?? {}).sort()).toEqual(Object.keys(kioskContract.system).sort());
    expect(Object.values(exposed.system ?? {}).every((f) => typeof f === 'function')).toBe(true);
    expect(JSON.stringify(Object.keys(exposed))).not.toContain('ipcRenderer');
  });

  it('refuses a call from a frame that is not the kiosk page', async () => {
    fake.senderFrame = { url: 'https://evil.example/', parent: null };
    expect(await t.raw('system.info', undefined)).toMatchObject({ ok: false, error: { code: 'bridge.untrustedSender' } });
    fake.senderFrame = { url: 'app://kiosk/', parent: appFrame };
    expect(await t.raw('system.info', undefined)).toMatchObject({ ok: false, error: { code: 'bridge.untrustedSender' } });
  });

  it('an untrusted frame gets nothing done, even with the right exit PIN', async () => {
    // A second top-level app:// frame (another window), a destroyed frame, and a frame that left the app.
    for (const frame of [{ url: 'app://kiosk/', parent: null }, null, { url: 'about:blank', parent: null }]) {
      fake.senderFrame = frame;
      expect(await t.raw('staff.exitKiosk', { pin: '246810' })).toMatchObject({ ok: false, error: { code: 'bridge.untrustedSender' } });
    }
    await new Promise((resolve) => setTimeout(resolve, 300)); // past the 200 ms the exit handler waits
    expect(t.exits).toHaveLength(0);
    fake.senderFrame = appFrame;
    expect(await t.raw('system.info', undefined)).toMatchObject({ ok: true });
  });

  it('refuses subscriptions to events outside the contract', () => {
    const exposed = preloadApi as { on: (n: string, l: () => void) => void };
    expect(() => exposed.on('ipc:anything', () => undefined)).toThrow(TypeError);
  });
});
