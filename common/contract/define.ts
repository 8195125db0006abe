import type { z } from 'zod';

/** One callable method of the KioskApi: what the renderer sends and what main answers. */
export interface MethodDef<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  readonly args: A;
  readonly result: R;
}

export const method = <A extends z.ZodType, R extends z.ZodType>(args: A, result: R): MethodDef<A, R> => ({ args, result });

/** Methods grouped by service: `system.info`, `reader.present`, … */
export type ContractShape = Record<string, Record<string, MethodDef>>;
export type EventShape = Record<string, z.ZodType>;

type Call<D> =
  D extends MethodDef<infer A, infer R>
    ? undefined extends z.input<A>
      ? (arg?: z.input<A>) => Promise<z.output<R>>
      : (arg: z.input<A>) => Promise<z.output<R>>
    : never;

/** What the renderer sees: one async function per method. */
export type ClientOf<C extends ContractShape> = { readonly [S in keyof C]: { readonly [M in keyof C[S]]: Call<C[S][M]> } };

/** Who made a call; handlers may use it (staff actions are audited with the shell they came from). */
export interface CallContext {
  readonly transport: 'ipc' | 'websocket' | 'local';
}

type Handle<D> = D extends MethodDef<infer A, infer R> ? (arg: z.output<A>, ctx: CallContext) => Promise<z.input<R>> | z.input<R> : never;

/** What main implements: one handler per method, receiving already-validated arguments. */
export type HandlersOf<C extends ContractShape> = { readonly [S in keyof C]: { readonly [M in keyof C[S]]: Handle<C[S][M]> } };

export interface MethodEntry {
  readonly path: string;
  readonly service: string;
  readonly name: string;
  readonly def: MethodDef;
}

/** Flattens a contract to `service.method` entries; transports register one route per entry. */
export function listMethods(contract: ContractShape): MethodEntry[] {
  return Object.entries(contract).flatMap(([service, methods]) =>
    Object.entries(methods).map(([name, def]) => ({ path: `${service}.${name}`, service, name, def })),
  );
}
