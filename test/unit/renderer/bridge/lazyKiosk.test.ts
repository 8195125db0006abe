import { describe, expect, it, vi } from 'vitest';
import type { KioskApi } from '../../../../common/contract/kioskApi';
import { createLazyKiosk } from '../../../../renderer/bridge/lazyKiosk';

/** A client whose `system.info` answers with the number of the connection that served it. */
function clientNumber(n: number) {
  const listeners = new Set<(payload: unknown) => void>();
  const api = {
    system: { info: async () => ({ connection: n }) },
    on: (_name: string, listener: (payload: unknown) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { api: api as unknown as KioskApi, emit: (payload: unknown) => listeners.forEach((l) => l(payload)), listeners };
}

/** A load the test finishes by hand. */
function deferredLoad() {
  let resolve!: (api: KioskApi) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<KioskApi>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('createLazyKiosk', () => {
  it('starts loading the client at once, and only once for every call and subscription', async () => {
    const load = vi.fn(async () => clientNumber(1).api);
    const kiosk = createLazyKiosk(load);
    expect(load).toHaveBeenCalledTimes(1);
    await expect(kiosk.system.info()).resolves.toEqual({ connection: 1 });
    await kiosk.system.info();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('lets concurrent first calls wait for the same load, answered once it arrives', async () => {
    const pending = deferredLoad();
    const load = vi.fn(() => pending.promise);
    const kiosk = createLazyKiosk(load);
    const answers = Promise.all([kiosk.system.info(), kiosk.system.info(), kiosk.system.info()]);
    pending.resolve(clientNumber(1).api);
    expect(await answers).toEqual([{ connection: 1 }, { connection: 1 }, { connection: 1 }]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('fails the calls waiting on a failed load with its error, and loads again on the next call', async () => {
    const first = deferredLoad();
    const loads = [() => first.promise, async () => clientNumber(2).api];
    const load = vi.fn(() => loads.shift()!());
    const kiosk = createLazyKiosk(load);
    const waiting = kiosk.system.info();
    first.reject(new Error('chunk failed to load'));
    await expect(waiting).rejects.toThrow('chunk failed to load');
    await expect(kiosk.system.info()).resolves.toEqual({ connection: 2 });
    await kiosk.system.info();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('is never mistaken for a promise', async () => {
    const kiosk = createLazyKiosk(async () => clientNumber(1).api);
    expect((kiosk.system as unknown as { then?: unknown }).then).toBeUndefined();
    await expect(Promise.resolve(kiosk.system)).resolves.toBe(kiosk.system);
  });

  it('subscribes once the client is there, retrying a failed load, and never after unsubscribing', async () => {
    const client = clientNumber(2);
    const loads = [async (): Promise<KioskApi> => Promise.reject(new Error('no chunk')), async () => client.api];
    const kiosk = createLazyKiosk(() => loads.shift()!(), 5);
    const heard: unknown[] = [];
    kiosk.on('system.health', (payload) => heard.push(payload));
    const cancelled = kiosk.on('system.health', () => heard.push('cancelled listener'));
    cancelled();
    await vi.waitFor(() => expect(client.listeners.size).toBe(1));
    client.emit({ status: 'ok' });
    expect(heard).toEqual([{ status: 'ok' }]);
    await flush();
    expect(client.listeners.size).toBe(1);
  });
});
