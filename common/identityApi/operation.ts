import type { z } from 'zod';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PATCH';

/** `write` endpoints change state; `query` POSTs carry personal data in a body rather than a URL and change nothing. */
export type OperationKind = 'read' | 'query' | 'write';

/**
 * One endpoint of the contract. Each domain file declares its own; operations.ts assembles them
 * into the one table the server routes by, the client calls and the OpenAPI document is built from.
 * Path and kind keep their literal types so that path parameters and idempotency keys can be typed.
 */
export interface Operation<
  Req extends z.ZodType | undefined = z.ZodType | undefined,
  Res extends z.ZodType | undefined = z.ZodType | undefined,
  Path extends string = string,
  Kind extends OperationKind = OperationKind,
> {
  method: HttpMethod;
  /** OpenAPI path template, e.g. /v1/appeals/{appealId}/uploads. */
  path: Path;
  summary: string;
  kind: Kind;
  request: Req;
  response: Res;
  status: number;
  /** Domain error codes worth documenting for this endpoint (transport codes apply everywhere). */
  errors: readonly string[];
  /** Set on the writes that need no Idempotency-Key because the upload offset already makes them idempotent. */
  idempotentBy?: 'upload-offset';
}

export const op = <Req extends z.ZodType | undefined, Res extends z.ZodType | undefined, Path extends string, Kind extends OperationKind>(
  o: Operation<Req, Res, Path, Kind>,
): Operation<Req, Res, Path, Kind> => o;

/** The parameter names of a path template: '/v1/enterprises/{accountId}/agents/{agentId}' → 'accountId' | 'agentId'. */
export type PathParamName<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}` ? Name | PathParamName<Rest> : never;
