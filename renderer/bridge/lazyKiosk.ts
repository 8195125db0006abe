import type { KioskApi, KioskContract } from '../../common/contract/kioskApi';

type Service = Record<string, (arg?: unknown) => Promise<unknown>>;

/** The contract's services by name; a service added to the contract and missing here is a type error. */
const serviceNames: Record<keyof KioskContract, true> = { system: true, session: true, staff: true, reader: true, sync: true, person: true, enterprise: true };

/**
 * A `KioskApi` handed out at once, backed by a client that `load` makes: loading starts straight
 * away, and every call and subscription made meanwhile waits for that one load. A failed load is
 * not kept: the calls waiting for it fail with its error, and the next call loads again; a
 * subscription keeps trying every `retryMs` until it is in place or cancelled.
 */
export function createLazyKiosk(load: () => Promise<KioskApi>, retryMs = 2000): KioskApi {
  let loading: Promise<KioskApi> | null = null;
  const client = (): Promise<KioskApi> => {
    if (!loading) {
      const attempt = load();
      loading = attempt;
      attempt.catch(() => {
        if (loading === attempt) loading = null;
      });
    }
    return loading;
  };

  const lazyService = (name: string): Service =>
    new Proxy({} as Service, {
      // `then` stays undefined, so a service object is never mistaken for a promise.
      get: (_, method) =>
        typeof method === 'string' && method !== 'then'
          ? (arg?: unknown) => client().then((api) => (api as unknown as Record<string, Service>)[name]![method]!(arg))
          : undefined,
    });

  /** Subscribes once the client is there; unsubscribing before that means it never subscribes. */
  const on: KioskApi['on'] = (name, listener) => {
    let off: (() => void) | undefined;
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const subscribe = (): void => {
      client().then(
        (api) => {
          if (!stopped) off = api.on(name, listener);
        },
        () => {
          if (!stopped) retry = setTimeout(subscribe, retryMs);
        },
      );
    };
    subscribe();
    return () => {
      stopped = true;
      clearTimeout(retry);
      off?.();
    };
  };

  void client().catch(() => undefined);
  return {
    ...Object.fromEntries(Object.keys(serviceNames).map((name) => [name, lazyService(name)])),
    on,
  } as unknown as KioskApi;
}
