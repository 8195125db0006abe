import type { RawTransport } from '../../common/contract/client';
import { kioskMethods } from '../../common/contract/kioskApi';

/** What the Electron preload puts on `window.kiosk`: envelopes per method plus `on`. */
export interface PreloadKiosk {
  on(name: string, listener: (payload: unknown) => void): () => void;
  [service: string]: unknown;
}

export function hasPreloadKiosk(value: unknown): value is PreloadKiosk {
  return typeof value === 'object' && value !== null && typeof (value as { on?: unknown }).on === 'function';
}

export function createIpcTransport(exposed: PreloadKiosk): RawTransport {
  const fns = new Map(
    kioskMethods.map(({ service, name, path }) => [path, (exposed[service] as Record<string, (arg?: unknown) => Promise<unknown>> | undefined)?.[name]]),
  );
  return {
    call: async (path, arg) => {
      const fn = fns.get(path);
      if (!fn) return { ok: false, error: { code: 'bridge.unknownMethod', message: `Unknown method ${path}` } };
      return fn(arg);
    },
    subscribe: (name, listener) => exposed.on(name, listener),
  };
}
