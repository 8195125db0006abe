import { randomUUID } from 'node:crypto';
import axios, { type AxiosInstance } from 'axios';
import {
  fillPath,
  needsIdempotencyKey,
  operations,
  type OperationId,
  type OperationRequest,
  type OperationResponse,
} from '../../../common/identityApi/operations';
import type { SealedSecret, ServerKey } from '../../../common/identityApi/sealedSecret';
import { IDEMPOTENCY_HEADER, UPLOAD_LENGTH_HEADER, UPLOAD_OFFSET_HEADER } from '../../../common/identityApi/signing';
import type { UploadState } from '../../../common/identityApi/appeals';
import type { Logger } from '../log/logger';
import { silentLogger } from '../log/logger';
import { sealSecret } from '../crypto/sealSecret';
import { classifyHttpError, classifyTransportError } from './classifyError';
import { gatewayAgent, type GatewayTrust } from './gatewayTrust';
import { IdentityApiError, clientErrorCodes } from './identityApiError';
import { signRequest, type KioskCredentials } from './requestSigner';
import type { SendRest } from './sendArgs';

export interface IdentityClientOptions extends KioskCredentials {
  /** The API root; paths start with /v1 below it. */
  baseUrl: string;
  /** Deadline of a whole request, from connecting to the last byte of the answer (not an idle timeout). */
  timeoutMs?: number;
  /** Uploads move more bytes per request. */
  uploadTimeoutMs?: number;
  /** Largest answer read; a longer one is cut off and refused rather than buffered. */
  maxResponseBytes?: number;
  /** CAs and pinned keys for TLS to the gateway (the hall config's `caFile` and `pinnedKeys`). */
  trust?: GatewayTrust;
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

/** Generous for the contract's JSON answers (the largest is a few KiB), small against memory. */
export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

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
  const agent = gatewayAgent(options.trust ?? {});
  const http: AxiosInstance = axios.create({
    baseURL: options.baseUrl.replace(/\/$/, ''),
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    validateStatus: () => true,
    maxRedirects: 0,
    maxContentLength: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    proxy: false,
    ...(agent ? { httpsAgent: agent } : {}),
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
    // Axios' own timeout restarts with every byte, so a trickling server would never hit it.
    const deadlineMs = args.timeoutMs ?? options.timeoutMs ?? 10_000;
    try {
      response = await http.request({
        method: op.method,
        url: path,
        data: bytes.length > 0 ? Buffer.from(bytes) : undefined,
        headers,
        signal: AbortSignal.timeout(deadlineMs),
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
      throw new IdentityApiError('retryable', clientErrorCodes.responseInvalid, `response of ${id} does not match the contract`, undefined, {
        status: response.status,
      });
    }
    return { data: parsed.data as OperationResponse<K>, headers: responseHeaders };
  }

  /** Any operation by id: signed, parsed with its schema, and for writes sent under an Idempotency-Key (made up unless given). */
  async function send<K extends OperationId>(id: K, ...[args]: SendRest<K>): Promise<OperationResponse<K>> {
    const { params, body, idempotencyKey }: CallArgs = args ?? {};
    const key = idempotencyKey ?? (needsIdempotencyKey(id) ? randomUUID() : undefined);
    return (await call(id, { params, body, idempotencyKey: key })).data;
  }

  const client = {
    send,
    getServerKey: () => send('getServerKey'),

    /** Seals a secret (password) to the server key, fetched once and cached. */
    async seal(plaintext: string): Promise<SealedSecret> {
      serverKey ??= send('getServerKey').catch((error: unknown) => {
        serverKey = undefined;
        throw error;
      });
      return sealSecret(plaintext, await serverKey);
    },

    createSmsChallenge: (body: OperationRequest<'createSmsChallenge'>, write?: WriteOptions) =>
      send('createSmsChallenge', { body, idempotencyKey: write?.idempotencyKey }),
    verifySmsChallenge: (challengeId: string, code: string, write?: WriteOptions) =>
      send('verifySmsChallenge', { params: { challengeId }, body: { code }, idempotencyKey: write?.idempotencyKey }),
    checkRealName: (body: OperationRequest<'checkRealName'>) => send('checkRealName', { body }),
    lookupAccount: (body: OperationRequest<'lookupAccount'>) => send('lookupAccount', { body }),
    /** Queueable (face enrolment): the caller owns the key so retries apply once. */
    verifyFace: (body: OperationRequest<'verifyFace'>, idempotencyKey: string) => send('verifyFace', { body, idempotencyKey }),
    registerPerson: (body: OperationRequest<'registerPerson'>, write?: WriteOptions) => send('registerPerson', { body, idempotencyKey: write?.idempotencyKey }),
    registerEnterprise: (body: OperationRequest<'registerEnterprise'>, write?: WriteOptions) =>
      send('registerEnterprise', { body, idempotencyKey: write?.idempotencyKey }),
    activateEnterprise: (body: OperationRequest<'activateEnterprise'>, write?: WriteOptions) =>
      send('activateEnterprise', { body, idempotencyKey: write?.idempotencyKey }),
    resetPassword: (body: OperationRequest<'resetPassword'>, write?: WriteOptions) => send('resetPassword', { body, idempotencyKey: write?.idempotencyKey }),
    changePhone: (body: OperationRequest<'changePhone'>, write?: WriteOptions) => send('changePhone', { body, idempotencyKey: write?.idempotencyKey }),
    getAgreementStatus: (accountId: string) => send('getAgreementStatus', { params: { accountId } }),
    signAgreement: (accountId: string, body: OperationRequest<'signAgreement'>, write?: WriteOptions) =>
      send('signAgreement', { params: { accountId }, body, idempotencyKey: write?.idempotencyKey }),
    upgradeRealName: (accountId: string, body: OperationRequest<'upgradeRealName'>, write?: WriteOptions) =>
      send('upgradeRealName', { params: { accountId }, body, idempotencyKey: write?.idempotencyKey }),

    /** Business registry and account status of a USCC (enterprise registration, activation, appeal). */
    lookupEnterprise: (uscc: string) => send('lookupEnterprise', { body: { uscc } }),
    listAgents: (accountId: string) => send('listAgents', { params: { accountId } }),
    addAgent: (accountId: string, body: OperationRequest<'addAgent'>, write?: WriteOptions) =>
      send('addAgent', { params: { accountId }, body, idempotencyKey: write?.idempotencyKey }),
    approveAgent: (accountId: string, agentId: string, body: OperationRequest<'approveAgent'>, write?: WriteOptions) =>
      send('approveAgent', { params: { accountId, agentId }, body, idempotencyKey: write?.idempotencyKey }),

    /** Queueable: the outbox item's id is the key. */
    createAppeal: (body: OperationRequest<'createAppeal'>, idempotencyKey: string) => send('createAppeal', { body, idempotencyKey }),
    createUpload: (appealId: string, body: OperationRequest<'createUpload'>, idempotencyKey: string) =>
      send('createUpload', { params: { appealId }, body, idempotencyKey }),
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
    async appendUploadChunk(uploadId: string, offset: number, chunk: Uint8Array): Promise<UploadState> {
      const { data } = await call('appendUpload', {
        params: { uploadId },
        raw: chunk,
        headers: { 'content-type': 'application/offset+octet-stream', [UPLOAD_OFFSET_HEADER]: String(offset) },
        timeoutMs: options.uploadTimeoutMs ?? 60_000,
      });
      return data;
    },
    /** Sends `content` from the server's offset to the end in chunks; safe to call again after any failure. */
    async uploadDocument(uploadId: string, content: Uint8Array, chunkSize = 256 * 1024): Promise<UploadState> {
      let { offset } = await client.getUploadOffset(uploadId);
      let state: UploadState = { uploadId, offset, length: content.length, complete: offset === content.length };
      while (offset < content.length) {
        const end = Math.min(offset + chunkSize, content.length);
        state = await client.appendUploadChunk(uploadId, offset, content.subarray(offset, end));
        // An answer that does not move the offset forward (or jumps past the chunk) would loop forever.
        if (state.offset <= offset || state.offset > end) {
          throw new IdentityApiError('retryable', clientErrorCodes.uploadStalled, `upload offset ${state.offset} after sending ${offset}..${end}`, undefined, {
            uploadOffset: state.offset,
          });
        }
        offset = state.offset;
      }
      return state;
    },
    submitAppeal: (appealId: string, idempotencyKey: string) => send('submitAppeal', { params: { appealId }, body: {}, idempotencyKey }),

    createQrSession: (appId: string, write?: WriteOptions) => send('createQrSession', { body: { appId }, idempotencyKey: write?.idempotencyKey }),
    getQrSession: (sessionId: string) => send('getQrSession', { params: { sessionId } }),
    /** Called by the province app's gateway (and simulators), not by the kiosk UI. */
    confirmQrSession: (sessionId: string, idNumber: string, write?: WriteOptions) =>
      send('confirmQrSession', { params: { sessionId }, body: { idNumber }, idempotencyKey: write?.idempotencyKey }),
    sendHeartbeat: (body: OperationRequest<'sendHeartbeat'>, write?: WriteOptions) => send('sendHeartbeat', { body, idempotencyKey: write?.idempotencyKey }),
  };
  return client;
}
