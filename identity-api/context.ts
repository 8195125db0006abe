import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { OperationId, OperationPathParam, ParsedOperationRequest } from '../common/identityApi/operations';
import type { ProvinceProfile } from '../common/profiles';
import type { Db } from './database';
import type { ServerKeyPair } from './sealedSecrets';

/** What every handler may use; built once per server. */
export interface ServerContext {
  db: Db;
  profile: ProvinceProfile;
  keyPair: ServerKeyPair;
  clock: () => number;
  passwordCost: number;
}

export interface RequestContext<B = unknown, P extends string = string> {
  body: B;
  rawBody: Buffer;
  params: Record<P, string>;
  headers: IncomingHttpHeaders;
  kioskId: string;
  now: number;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A handler validates and does its slow work (opening secrets, hashing) first, then returns the
 * commit: synchronous, run in one SQLite transaction together with the idempotency record. A reply
 * returned by the commit is stored with the key; an ApiError thrown by it rolls everything back.
 */
export type Handler<B = unknown, P extends string = string> = (server: ServerContext, request: RequestContext<B, P>) => Promise<() => Reply>;

/** The handler of one operation: its body as the operation's schema parsed it, its path parameters by name. */
export type OperationHandler<K extends OperationId> = Handler<ParsedOperationRequest<K>, OperationPathParam<K>>;

/**
 * Handlers keyed by operation id. A handler file exports its map `satisfies Partial<OperationHandlers>`
 * (an unknown id or a mistyped handler fails there); the router's assembled map satisfies the whole
 * type, so an operation without a handler fails type checking.
 */
export type OperationHandlers = { [K in OperationId]: OperationHandler<K> };

export function newId(prefix: string): string {
  return `${prefix}-${randomBytes(9).toString('base64url')}`;
}

export const iso = (ms: number): string => new Date(ms).toISOString();
