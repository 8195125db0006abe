import type { z } from 'zod';
import { accountOperations } from './accounts';
import { agentOperations } from './agents';
import { appealOperations } from './appeals';
import { credentialOperations } from './credentials';
import { faceOperations } from './face';
import { heartbeatOperations } from './heartbeat';
import type { PathParamName } from './operation';
import { qrSignInOperations } from './qrSignIn';
import { registrationOperations } from './registration';
import { relativeOperations } from './relatives';
import { sealedSecretOperations } from './sealedSecret';
import { smsOperations } from './sms';

/**
 * The contract: every domain's operations in one table. The order is the order of the OpenAPI
 * document; an operation is added in its domain file, never here.
 */
export const operations = {
  ...sealedSecretOperations,
  ...smsOperations,
  ...accountOperations,
  ...relativeOperations,
  ...faceOperations,
  ...registrationOperations,
  ...credentialOperations,
  ...agentOperations,
  ...appealOperations,
  ...qrSignInOperations,
  ...heartbeatOperations,
};

export type OperationId = keyof typeof operations;
type RequestOf<K extends OperationId> = (typeof operations)[K]['request'];
type ResponseOf<K extends OperationId> = (typeof operations)[K]['response'];
export type OperationRequest<K extends OperationId> = RequestOf<K> extends z.ZodType ? z.input<RequestOf<K>> : never;
/** undefined for the answers without a body (HEAD). */
export type OperationResponse<K extends OperationId> = ResponseOf<K> extends z.ZodType ? z.output<ResponseOf<K>> : undefined;
/** The request body once the operation's schema has parsed it (what the server's handler receives). */
export type ParsedOperationRequest<K extends OperationId> = RequestOf<K> extends z.ZodType ? z.output<RequestOf<K>> : undefined;
export type OperationPathParam<K extends OperationId> = PathParamName<(typeof operations)[K]['path']>;
export type OperationKindOf<K extends OperationId> = (typeof operations)[K]['kind'];

/** Writes need an Idempotency-Key unless something else (the upload offset) makes them idempotent. */
export function needsIdempotencyKey(id: OperationId): boolean {
  const operation = operations[id];
  return operation.kind === 'write' && operation.idempotentBy === undefined;
}

/** Fills a path template: ('/v1/uploads/{uploadId}', {uploadId}) → '/v1/uploads/u_1'. */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new RangeError(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}
