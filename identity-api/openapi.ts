import { stringify } from 'yaml';
import { z } from 'zod';
import { apiErrorSchema } from '../common/identityApi/apiError';
import { needsIdempotencyKey, operations, type OperationId } from '../common/identityApi/operations';
import { IDEMPOTENCY_HEADER, UPLOAD_LENGTH_HEADER, UPLOAD_OFFSET_HEADER, signatureHeaders } from '../common/identityApi/signing';

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return rest;
}

const errorResponse = { description: 'Refused: the one error shape', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

/** The OpenAPI 3.1 document, built from the same operation table the server routes and the client calls. */
export function buildOpenApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [id, op] of Object.entries(operations) as [OperationId, (typeof operations)[OperationId]][]) {
    const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    if (needsIdempotencyKey(id))
      params.push({ name: IDEMPOTENCY_HEADER, in: 'header', required: true, schema: { type: 'string', minLength: 1, maxLength: 128 } } as never);
    if (id === 'appendUpload') params.push({ name: UPLOAD_OFFSET_HEADER, in: 'header', required: true, schema: { type: 'integer', minimum: 0 } } as never);
    const success: Record<string, unknown> = { description: op.summary };
    if (op.response) success.content = { 'application/json': { schema: jsonSchema(op.response) } };
    if (id === 'getUploadOffset' || id === 'appendUpload') {
      success.headers = {
        [UPLOAD_OFFSET_HEADER]: { schema: { type: 'integer', minimum: 0 } },
        ...(id === 'getUploadOffset' && { [UPLOAD_LENGTH_HEADER]: { schema: { type: 'integer', minimum: 1 } } }),
      };
    }
    const operation: Record<string, unknown> = {
      operationId: id,
      summary: op.summary,
      'x-kind': op.kind,
      ...(op.errors.length > 0 && { 'x-error-codes': [...op.errors] }),
      parameters: params,
      responses: { [String(op.status)]: success, default: errorResponse },
    };
    if (op.request) operation.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(op.request) } } };
    if (id === 'appendUpload') {
      operation.requestBody = {
        required: true,
        content: { 'application/offset+octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } },
      };
    }
    paths[op.path] = { ...paths[op.path], [op.method.toLowerCase()]: operation };
  }
  paths['/v1/openapi.yaml'] = {
    get: {
      operationId: 'getOpenApiDocument',
      summary: 'This document (unsigned)',
      security: [],
      responses: { 200: { description: 'OpenAPI 3.1 YAML', content: { 'application/yaml': {} } } },
    },
  };
  const signatureScheme = (name: string, description: string) => ({ type: 'apiKey', in: 'header', name, description });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Hall Kiosk identity API',
      version: '1.0.0',
      description: 'Central identity services for tax-hall kiosks. See docs/identity-api.md for signing, idempotency, sealing and the error codes.',
    },
    servers: [{ url: '/' }],
    security: [{ kioskId: [], kioskTimestamp: [], kioskNonce: [], kioskSignature: [] }],
    paths,
    components: {
      schemas: { Error: jsonSchema(apiErrorSchema) },
      securitySchemes: {
        kioskId: signatureScheme(signatureHeaders.kioskId, 'The kiosk id the secret was issued to.'),
        kioskTimestamp: signatureScheme(signatureHeaders.timestamp, 'Milliseconds since the epoch; refused beyond 5 minutes either way.'),
        kioskNonce: signatureScheme(signatureHeaders.nonce, '16-64 characters [A-Za-z0-9_-], never reused.'),
        kioskSignature: signatureScheme(
          signatureHeaders.signature,
          'base64 HMAC-SHA256, keyed with the kiosk secret, of METHOD\\npath-with-query\\ntimestamp\\nnonce\\nhex(SHA-256(body)).',
        ),
      },
    },
  };
}

export function openApiYaml(): string {
  return stringify(buildOpenApiDocument(), { lineWidth: 0, aliasDuplicateObjects: false });
}
