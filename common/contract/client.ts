import { KioskError } from '../errors';
import { bridgeErrorCodes, callOutcomeSchema } from './envelope';
import { isKioskEventName, kioskEvents, type KioskEventName } from './events';
import { kioskMethods, type KioskApi } from './kioskApi';

/** What a transport must offer: send a call and get back an (untrusted) envelope; listen to events. */
export interface RawTransport {
  call(path: string, arg: unknown): Promise<unknown>;
  subscribe(name: KioskEventName, listener: (payload: unknown) => void): () => void;
}

/**
 * Builds the typed KioskApi over any transport. Main is the authority on arguments; the client
 * checks what comes back so a broken or hostile peer cannot hand the UI malformed data.
 */
export function createKioskClient(transport: RawTransport): KioskApi {
  const services: Record<string, Record<string, (arg?: unknown) => Promise<unknown>>> = {};
  for (const { service, name, path, def } of kioskMethods) {
    (services[service] ??= {})[name] = async (arg?: unknown) => {
      const outcome = callOutcomeSchema.safeParse(await transport.call(path, arg));
      if (!outcome.success) throw new KioskError(bridgeErrorCodes.malformedMessage, `Malformed reply to ${path}`);
      if (!outcome.data.ok) {
        const { code, message, field } = outcome.data.error;
        throw new KioskError(code, message, field);
      }
      const value = def.result.safeParse(outcome.data.value);
      if (!value.success) throw new KioskError(bridgeErrorCodes.invalidResult, `Unexpected result from ${path}`);
      return value.data;
    };
  }
  const on = (name: KioskEventName, listener: (payload: unknown) => void): (() => void) => {
    if (!isKioskEventName(name)) throw new KioskError(bridgeErrorCodes.unknownMethod, `Unknown event ${String(name)}`);
    return transport.subscribe(name, (payload) => {
      const parsed = kioskEvents[name].safeParse(payload);
      if (parsed.success) listener(parsed.data);
    });
  };
  return { ...services, on } as unknown as KioskApi;
}
