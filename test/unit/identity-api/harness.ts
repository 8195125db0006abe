import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { createIdentityApiServer, type IdentityApiServer, type IdentityApiServerOptions } from '../../../identity-api/server';
import { createIdentityClient, type IdentityClient, type IdentityClientOptions } from '../../../main/services/identity';

export const KIOSK_ID = 'kiosk-test';
export const KIOSK_SECRET = 'test-secret-0123456789';
export const START = Date.parse('2025-06-01T02:00:00Z');

export const openApiPath = new URL('../../../docs/identity-api.openapi.yaml', import.meta.url);

type OpenApiDoc = {
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, { content?: Record<string, { schema: object }> }> }>>;
};

/** Validates each raw answer against the OpenAPI document's schema for that operation and status. */
function createResponseValidator() {
  const doc = parse(readFileSync(openApiPath, 'utf8')) as OpenApiDoc & { components: { schemas: Record<string, object> } };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'openapi', components: doc.components });
  const byOperation = new Map<string, OpenApiDoc['paths'][string][string]>();
  const headOperations = new Set<string>();
  for (const methods of Object.values(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      byOperation.set(op.operationId, op);
      if (method === 'head') headOperations.add(op.operationId);
    }
  }
  const failures: string[] = [];
  let checked = 0;
  return {
    failures,
    checked: () => checked,
    check(operationId: string, status: number, body: unknown): void {
      const op = byOperation.get(operationId);
      const response = op?.responses[String(status)] ?? op?.responses.default;
      if (!response) return void failures.push(`${operationId}: status ${status} undocumented`);
      const schema = response.content?.['application/json']?.schema;
      // HTTP gives HEAD answers no body, refusals included.
      if (headOperations.has(operationId)) {
        if (body !== undefined) failures.push(`${operationId}: HEAD answered with a body`);
        return;
      }
      if (!schema) {
        if (body !== undefined) failures.push(`${operationId}: unexpected body for ${status}`);
        return;
      }
      checked += 1;
      const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')) as object;
      const validate = ajv.compile(rewritten);
      if (!validate(body)) failures.push(`${operationId} ${status}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(body)}`);
    },
  };
}

export interface Harness {
  server: IdentityApiServer;
  client: IdentityClient;
  dbPath: string;
  validator: ReturnType<typeof createResponseValidator>;
  advance(ms: number): void;
  now(): number;
  makeClient(overrides?: Partial<IdentityClientOptions>): IdentityClient;
  smsCode(phone: string): string;
  close(): Promise<void>;
}

export async function startHarness(options: Partial<IdentityApiServerOptions> = {}, dir = mkdtempSync(join(tmpdir(), 'idapi-'))): Promise<Harness> {
  let now = START;
  const clock = () => now;
  const dbPath = join(dir, 'identity.sqlite');
  const server = await createIdentityApiServer({ dbPath, kiosks: { [KIOSK_ID]: KIOSK_SECRET }, dev: true, passwordCost: 1024, clock, ...options });
  const validator = createResponseValidator();
  const makeClient = (overrides: Partial<IdentityClientOptions> = {}) =>
    createIdentityClient({
      baseUrl: server.url,
      kioskId: KIOSK_ID,
      secret: KIOSK_SECRET,
      clock,
      timeoutMs: 5000,
      onResponse: (e) => validator.check(e.operationId, e.status, e.body),
      ...overrides,
    });
  return {
    server,
    client: makeClient(),
    dbPath,
    validator,
    advance: (ms) => void (now += ms),
    now: clock,
    makeClient,
    smsCode: (phone) => {
      const message = server.outbox.latest(phone);
      if (!message) throw new Error(`no SMS to ${phone}`);
      return message.code;
    },
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A tiny JPEG header is all the reference server's documented rule looks at. */
export const JPEG_CAPTURE = { contentType: 'image/jpeg' as const, data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]).toString('base64') };
export const LIVE = { score: 0.95, actions: ['blink' as const, 'turn_left' as const] };

/** Runs `fn` and returns the error it throws (fails if it does not throw). */
export async function failure(fn: () => Promise<unknown>): Promise<{ kind: string; code: string; field?: string; details: Record<string, unknown> }> {
  try {
    await fn();
  } catch (error) {
    return error as never;
  }
  throw new Error('expected a failure');
}
