import type { KioskApi, KioskContract } from '../../common/contract/kioskApi';

type Service = Record<string, (arg?: unknown) => Promise<unknown>>;

/**
 * The bridge to main. The client checks every reply against the contract's schemas, which take
 * zod and every service's definitions: that code loads in its own chunk, started at once but not
 * part of the script the attract screen waits for. Calls made before it arrives wait for it.
 */
const connected: Promise<KioskApi> = import('./connect').then(({ connect }) => connect());

/** The contract's services by name; a service added to the contract and missing here is a type error. */
const serviceNames: Record<keyof KioskContract, true> = { system: true, session: true, staff: true, reader: true, sync: true, person: true, enterprise: true };

function lazyService(name: string): Service {
  return new Proxy({} as Service, {
    // `then` stays undefined, so a service object is never mistaken for a promise.
    get: (_, method) =>
      typeof method === 'string' && method !== 'then'
        ? (arg?: unknown) => connected.then((api) => (api as unknown as Record<string, Service>)[name]![method]!(arg))
        : undefined,
  });
}

/** Subscribes once the client is there; unsubscribing before that means it never subscribes. */
const on: KioskApi['on'] = (name, listener) => {
  let off: (() => void) | undefined;
  let stopped = false;
  void connected.then((api) => {
    if (!stopped) off = api.on(name, listener);
  });
  return () => {
    stopped = true;
    off?.();
  };
};

export const kiosk = {
  ...Object.fromEntries(Object.keys(serviceNames).map((name) => [name, lazyService(name)])),
  on,
} as unknown as KioskApi;
