import { randomUUID } from 'node:crypto';
import axios, { type AxiosInstance } from 'axios';
import { fillPath, operations, type OperationId, type OperationRequest, type OperationResponse } from '../../../common/identityApi/operations';
import type { SealedSecret, ServerKey } from '../../../common/identityApi/sealedSecret';
import { IDEMPOTENCY_HEADER, UPLOAD_LENGTH_HEADER, UPLOAD_OFFSET_HEADER } from '../../../common/identityApi/signing';
import type { UploadState } from '../../../common/identityApi/appeals';
import type { Logger } from '../log/logger';
import { silentLogger } from '../log/logger';
import { sealSecret } from '../crypto/sealSecret';
import { classifyHttpError, classifyTransportError } from './classifyError';
import { IdentityApiError, clientErrorCodes } from './identityApiError';
import { signRequest, type KioskCredentials } from './requestSigner';

export interface IdentityClientOptions extends KioskCredentials {
  /** The API root; paths start with /v1 below it. */
  baseUrl: string;
  timeoutMs?: number;
  /** Uploads move more bytes per request. */
  uploadTimeoutMs?: number;
  clock?: () => number;
  logger?: Logger;
  /** Sees every raw answer before parsing (diagnostics, contract tests). */
  onResponse?: (exchange: { operationId: OperationId; status: number; headers: Record<string, string>; body: unknown }) => void;
}

/** For writes that a caller may retry: the same key makes the server apply it once. */
export interface WriteOptions {
  idempotencyKey?: string;
}

interface CallArgs {
  params?: Record<string, string>;
  body?: unknown;
  raw?: Uint8Array;
  idempotencyKey?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

interface CallResult<T> {
  data: T;
  headers: Record<string, string>;
}

export type IdentityClient = ReturnType<typeof createIdentityClient>;

/**
 * Typed client of the central identity API. Every request is signed; every answer is parsed with
 * the contract's schema; every failure becomes an IdentityApiError of one of four kinds.
 */
export function createIdentityClient(options: IdentityClientOptions) {
  const clock = options.clock ?? Date.now;
  const logger = (options.logger ?? silentLogger).child({ component: 'identity-client' });
  const http: AxiosInstance = axios.create({
    baseURL: options.baseUrl.replace(/\/$/, ''),
    timeout: options.timeoutMs ?? 10_000,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    validateStatus: () => true,
    maxRedirects: 0,
    proxy: false,
  });
  let serverKey: Promise<ServerKey> | undefined;

  async function call<K extends OperationId>(id: K, args: CallArgs = {}): Promise<CallResult<OperationResponse<K>>> {
    const op = operations[id];
    const path = fillPath(op.path, args.params ?? {});
    const bytes = args.raw ?? (args.body === undefined ? new Uint8Array() : Buffer.from(JSON.stringify(args.body), 'utf8'));
    const headers: Record<string, string> = { ...signRequest(options, op.method, path, bytes, clock()), ...args.headers };
    if (args.raw === undefined && args.body !== undefined) headers['content-type'] = 'application/json';
    if (args.idempotencyKey !== undefined) headers[IDEMPOTENCY_HEADER] = args.idempotencyKey;
    let response;
    try {
      response = await http.request({
        method: op.method,
        url: path,
        data: bytes.length > 0 ? Buffer.from(bytes) : undefined,
        headers,
        timeout: args.timeoutMs ?? options.timeoutMs ?? 10_000,
      });
    } catch (error) {
      const classified = classifyTransportError(error);
      logger.warn('identity api unreachable', { operation: id, code: classified.code });
      throw classified;
    }
    const responseHeaders = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    let body: unknown;
    try {
      body = typeof response.data === 'string' && response.data.length > 0 ? JSON.parse(response.data) : undefined;
    } catch {
      body = undefined;
    }
    options.onResponse?.({ operationId: id, status: response.status, headers: responseHeaders, body });
    if (response.status !== op.status) {
      const error = classifyHttpError(response.status, body, responseHeaders);
      logger.info('identity api refused', { operation: id, status: response.status, code: error.code, kind: error.kind });
      throw error;
    }
    if (!op.response) return { data: undefined as OperationResponse<K>, headers: responseHeaders };
    const parsed = op.response.safeParse(body);
    if (!parsed.success) {
      logger.error('identity api response does not match the contract', { operation: id, status: response.status });
      throw new IdentityApiError('retryable', clientErrorCodes.responseInvalid, `response of ${id} does not match the contract`, undefined, { status: response.status });
    }
    return { data: parsed.data as OperationResponse<K>, headers: responseHeaders };
  }

  const key = (write?: WriteOptions): string => write?.idempotencyKey ?? randomUUID();
  const data = async <K extends OperationId>(id: K, args: CallArgs): Promise<OperationResponse<K>> => (await call(id, args)).data;

  const client = {
    getServerKey: () => data('getServerKey', {}),

    /** Seals a secret (password) to the server key, fetched once and cached. */
    async seal(plaintext: string): Promise<SealedSecret> {
      serverKey ??= data('getServerKey', {}).catch((error: unknown) => {
        serverKey = undefined;
        throw error;
      });
      return sealSecret(plaintext, await serverKey);
    },

    createSmsChallenge: (body: OperationRequest<'createSmsChallenge'>, write?: WriteOptions) =>
      data('createSmsChallenge', { body, idempotencyKey: key(write) }),
    verifySmsChallenge: (challengeId: string, code: string, write?: WriteOptions) =>
      data('verifySmsChallenge', { params: { challengeId }, body: { code }, idempotencyKey: key(write) }),
    checkRealName: (body: OperationRequest<'checkRealName'>) => data('checkRealName', { body }),
    lookupAccount: (body: OperationRequest<'lookupAccount'>) => data('lookupAccount', { body }),
    /** Queueable (face enrolment): the caller owns the key so retries apply once. */
    verifyFace: (body: OperationRequest<'verifyFace'>, idempotencyKey: string) => data('verifyFace', { body, idempotencyKey }),
    registerPerson: (body: OperationRequest<'registerPerson'>, write?: WriteOptions) => data('registerPerson', { body, idempotencyKey: key(write) }),
    registerEnterprise: (body: OperationRequest<'registerEnterprise'>, write?: WriteOptions) =>
      data('registerEnterprise', { body, idempotencyKey: key(write) }),
    activateEnterprise: (body: OperationRequest<'activateEnterprise'>, write?: WriteOptions) =>
      data('activateEnterprise', { body, idempotencyKey: key(write) }),
    resetPassword: (body: OperationRequest<'resetPassword'>, write?: WriteOptions) => data('resetPassword', { body, idempotencyKey: key(write) }),
    changePhone: (body: OperationRequest<'changePhone'>, write?: WriteOptions) => data('changePhone', { body, idempotencyKey: key(write) }),
    getAgreementStatus: (accountId: string) => data('getAgreementStatus', { params: { accountId } }),
    signAgreement: (accountId: string, body: OperationRequest<'signAgreement'>, write?: WriteOptions) =>
      data('signAgreement', { params: { accountId }, body, idempotencyKey: key(write) }),
    upgradeRealName: (accountId: string, body: OperationRequest<'upgradeRealName'>, write?: WriteOptions) =>
      data('upgradeRealName', { params: { accountId }, body, idempotencyKey: key(write) }),

    /** Business registry and account status of a USCC (enterprise registration, activation, appeal). */
    lookupEnterprise: (uscc: string) => data('lookupEnterprise', { body: { uscc } }),
    listAgents: (accountId: string) => data('listAgents', { params: { accountId } }),
    addAgent: (accountId: string, body: OperationRequest<'addAgent'>, write?: WriteOptions) =>
      data('addAgent', { params: { accountId }, body, idempotencyKey: key(write) }),
    approveAgent: (accountId: string, agentId: string, body: OperationRequest<'approveAgent'>, write?: WriteOptions) =>
      data('approveAgent', { params: { accountId, agentId }, body, idempotencyKey: key(write) }),

    /** Queueable: the outbox item's id is the key. */
    createAppeal: (body: OperationRequest<'createAppeal'>, idempotencyKey: string) => data('createAppeal', { body, idempotencyKey }),
    createUpload: (appealId: string, body: OperationRequest<'createUpload'>, idempotencyKey: string) =>
      data('createUpload', { params: { appealId }, body, idempotencyKey }),
    /** How many bytes the server holds; resume from there. */
    async getUploadOffset(uploadId: string): Promise<{ offset: number; length: number }> {
      const { headers } = await call('getUploadOffset', { params: { uploadId } });
      const offset = Number(headers[UPLOAD_OFFSET_HEADER]);
      const length = Number(headers[UPLOAD_LENGTH_HEADER]);
      if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length)) {
        throw new IdentityApiError('retryable', clientErrorCodes.responseInvalid, 'upload offset headers missing', undefined, { status: 200 });
      }
      return { offset, length };
    },
    /** Appends one chunk at `offset`; a wrong offset is `rejected` UPLOAD_OFFSET_MISMATCH with details.uploadOffset. */
    appendUploadChunk: (uploadId: string, offset: number, chunk: Uint8Array) =>
      data('appendUpload', {
        params: { uploadId },
        raw: chunk,
        headers: { 'content-type': 'application/offset+octet-stream', [UPLOAD_OFFSET_HEADER]: String(offset) },
        timeoutMs: options.uploadTimeoutMs ?? 60_000,
      }),
    /** Sends `content` from the server's offset to the end in chunks; safe to call again after any failure. */
    async uploadDocument(uploadId: string, content: Uint8Array, chunkSize = 256 * 1024): Promise<UploadState> {
      let { offset } = await client.getUploadOffset(uploadId);
      let state: UploadState = { uploadId, offset, length: content.length, complete: offset === content.length };
      while (offset < content.length) {
        state = await client.appendUploadChunk(uploadId, offset, content.subarray(offset, Math.min(offset + chunkSize, content.length)));
        offset = state.offset;
      }
      return state;
    },
    submitAppeal: (appealId: string, idempotencyKey: string) => data('submitAppeal', { params: { appealId }, body: {}, idempotencyKey }),

    createQrSession: (appId: string, write?: WriteOptions) => data('createQrSession', { body: { appId }, idempotencyKey: key(write) }),
    getQrSession: (sessionId: string) => data('getQrSession', { params: { sessionId } }),
    /** Called by the province app's gateway (and simulators), not by the kiosk UI. */
    confirmQrSession: (sessionId: string, idNumber: string, write?: WriteOptions) =>
      data('confirmQrSession', { params: { sessionId }, body: { idNumber }, idempotencyKey: key(write) }),
    sendHeartbeat: (body: OperationRequest<'sendHeartbeat'>, write?: WriteOptions) => data('sendHeartbeat', { body, idempotencyKey: key(write) }),
  };
  return client;
}
