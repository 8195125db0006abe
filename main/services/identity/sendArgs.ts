import type { OperationId, OperationKindOf, OperationPathParam, OperationRequest } from '../../../common/identityApi/operations';

type ParamsArg<K extends OperationId> = [OperationPathParam<K>] extends [never] ? { params?: never } : { params: Record<OperationPathParam<K>, string> };
type BodyArg<K extends OperationId> = [OperationRequest<K>] extends [never] ? { body?: never } : { body: OperationRequest<K> };
type IdempotencyArg<K extends OperationId> = OperationKindOf<K> extends 'write' ? { idempotencyKey?: string } : { idempotencyKey?: never };

/**
 * What the client's generic `send` takes for one operation, all from the contract: the path's
 * parameters by name, the request body, and for writes the Idempotency-Key to retry under (made
 * up when left out).
 */
export type SendArgs<K extends OperationId> = ParamsArg<K> & BodyArg<K> & IdempotencyArg<K>;

/** The arguments may be left out when none is required (reads without path parameters). */
export type SendRest<K extends OperationId> = Partial<SendArgs<K>> extends SendArgs<K> ? [args?: SendArgs<K>] : [args: SendArgs<K>];
