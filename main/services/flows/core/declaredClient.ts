import type { AnyFlowModule } from './flowModule';

/**
 * The identity client as one flow module may use it: only the calls (named methods, or operations
 * through `send`) the module declared. Its types already say so; this makes a call that slipped past
 * them (an untyped helper, a cast) fail loudly instead of widening what the flow does unnoticed.
 */
export function declaredClient<Client extends object>(module: AnyFlowModule, client: Client): Client {
  const declared = new Set<string | symbol>(module.client);
  const refuse = (call: string): never => {
    throw new Error(`flow ${module.name} calls the identity API's '${call}' without declaring it`);
  };
  return new Proxy(client, {
    get(target, name, receiver) {
      if (name === 'send') {
        const send = Reflect.get(target, name, receiver) as (id: string, ...rest: unknown[]) => unknown;
        return (id: string, ...rest: unknown[]) => (declared.has(id) ? send(id, ...rest) : refuse(id));
      }
      if (typeof name === 'string' && !declared.has(name)) return refuse(name);
      return Reflect.get(target, name, receiver);
    },
  });
}
