import type { IdentityClient } from '../identity';
import type { LinkMonitor } from './linkMonitor';

/**
 * The identity client with every call watched by `link`: flows, outbox, probes and heartbeat all
 * report what they found without knowing about it.
 */
export function observeIdentityCalls(client: IdentityClient, link: LinkMonitor): IdentityClient {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = Reflect.apply(value, target, args);
        return result instanceof Promise ? link.observe(result) : result;
      };
    },
  });
}
