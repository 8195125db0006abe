import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatureHeaders } from '../../../../../common/identityApi/signing';
import { createIdentityClient } from '../../../../../main/services/identity';
import { signRequest } from '../../../../../main/services/identity/requestSigner';
import { failure, KIOSK_ID, KIOSK_SECRET, startHarness, type Harness } from '../../../identity-api/harness';
import { people } from './flows';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  expect(h.validator.failures).toEqual([]);
  await h.close();
});

describe('QR sign-in and heartbeat', () => {
  it('creates, polls and confirms a QR session for the province app', async () => {
    const session = await h.client.createQrSession('jishiban');
    expect(session).toMatchObject({ status: 'pending', appName: '吉事办' });
    await expect(h.client.getQrSession(session.sessionId)).resolves.toMatchObject({ status: 'pending' });
    await h.client.confirmQrSession(session.sessionId, people.zhangWei.idNumber);
    await expect(h.client.getQrSession(session.sessionId)).resolves.toMatchObject({
      status: 'confirmed',
      account: { accountId: 'P-ZHANGWEI', maskedName: '张*' },
    });
    expect(await failure(() => h.client.createQrSession('wechat'))).toMatchObject({ code: 'QR_APP_UNKNOWN', field: 'appId' });
  });

  it('expires an unconfirmed session', async () => {
    const session = await h.client.createQrSession('jishiban');
    h.advance(2 * 60_000 + 1);
    await expect(h.client.getQrSession(session.sessionId)).resolves.toMatchObject({ status: 'expired' });
    expect(await failure(() => h.client.confirmQrSession(session.sessionId, people.zhangWei.idNumber))).toMatchObject({ code: 'QR_SESSION_EXPIRED' });
  });

  it('accepts a heartbeat', async () => {
    const ack = await h.client.sendHeartbeat({ appVersion: '0.1.0', devices: [{ id: 'reader-1', kind: 'idcard', status: 'ok' }], queueDepth: 3 });
    expect(ack.receivedAt).toBe(new Date(h.now()).toISOString());
  });
});

describe('kiosk authentication', () => {
  const heartbeat = { appVersion: '0.1.0', devices: [], queueDepth: 0 };

  it('refuses an unsigned request', async () => {
    const res = await fetch(`${h.server.url}/v1/server-key`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'AUTH_MISSING' });
  });

  it('refuses a wrong secret, an unknown kiosk and a stale timestamp as auth failures', async () => {
    expect(await failure(() => h.makeClient({ secret: 'wrong' }).getServerKey())).toMatchObject({ kind: 'auth', code: 'AUTH_BAD_SIGNATURE' });
    expect(await failure(() => h.makeClient({ kioskId: 'kiosk-x' }).getServerKey())).toMatchObject({ kind: 'auth', code: 'AUTH_UNKNOWN_KIOSK' });
    const skewed = h.makeClient({ clock: () => h.now() - 6 * 60_000 });
    expect(await failure(() => skewed.sendHeartbeat(heartbeat))).toMatchObject({ kind: 'auth', code: 'AUTH_STALE_TIMESTAMP' });
  });

  it('refuses a replayed request (same nonce) and a tampered body', async () => {
    const body = Buffer.from(JSON.stringify(heartbeat));
    const headers = {
      ...signRequest({ kioskId: KIOSK_ID, secret: KIOSK_SECRET }, 'POST', '/v1/heartbeats', body, h.now()),
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
    };
    const send = (payload: Buffer) => fetch(`${h.server.url}/v1/heartbeats`, { method: 'POST', headers, body: payload });
    expect((await send(body)).status).toBe(200);
    const replay = await send(body);
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({ code: 'AUTH_REPLAYED_NONCE' });
    const tampered = await fetch(`${h.server.url}/v1/heartbeats`, {
      method: 'POST',
      headers: { ...headers, [signatureHeaders.nonce]: 'another-nonce-1234567' },
      body: Buffer.from(JSON.stringify({ ...heartbeat, queueDepth: 9 })),
    });
    expect(await tampered.json()).toMatchObject({ code: 'AUTH_BAD_SIGNATURE' });
  });

  it('requires an Idempotency-Key on writes', async () => {
    const body = Buffer.from(JSON.stringify(heartbeat));
    const headers = {
      ...signRequest({ kioskId: KIOSK_ID, secret: KIOSK_SECRET }, 'POST', '/v1/heartbeats', body, h.now()),
      'content-type': 'application/json',
    };
    const res = await fetch(`${h.server.url}/v1/heartbeats`, { method: 'POST', headers, body });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_MISSING', field: 'Idempotency-Key' });
  });
});

describe('fault injection and error kinds', () => {
  it('maps injected 503 and 429 to retryable, with Retry-After', async () => {
    h.server.faults.set({ errorRate: 1 });
    expect(await failure(() => h.client.getServerKey())).toMatchObject({ kind: 'retryable', code: 'SERVICE_UNAVAILABLE', details: { status: 503 } });
    h.server.faults.set({ errorRate: 0, tooManyRequestsRate: 1, retryAfterSeconds: 7 });
    expect(await failure(() => h.client.getServerKey())).toMatchObject({ kind: 'retryable', code: 'RATE_LIMITED', details: { retryAfterMs: 7000 } });
    h.server.faults.reset();
  });

  it('applies a write once when the response was dropped after commit and the client retries with the same key', async () => {
    const key = randomUUID();
    h.server.faults.set({ dropAfterCommitRate: 1 });
    expect(await failure(() => h.client.createQrSession('jishiban', { idempotencyKey: key }))).toMatchObject({
      kind: 'unreachable',
      code: 'IDENTITY_API_CONNECTION_LOST',
    });
    h.server.faults.reset();
    const replayed = await h.client.createQrSession('jishiban', { idempotencyKey: key });
    await expect(h.client.createQrSession('jishiban', { idempotencyKey: key })).resolves.toEqual(replayed);
    await expect(h.client.getQrSession(replayed.sessionId)).resolves.toMatchObject({ status: 'pending' });
  });

  it('switches faults at runtime through the dev endpoint', async () => {
    const put = await fetch(`${h.server.url}/dev/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ errorRate: 1 }),
    });
    expect(await put.json()).toMatchObject({ errorRate: 1 });
    expect(await failure(() => h.client.getServerKey())).toMatchObject({ kind: 'retryable' });
    await fetch(`${h.server.url}/dev/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ errorRate: 0 }) });
    await expect(h.client.getServerKey()).resolves.toMatchObject({ province: 'jilin' });
  });

  it('reports a closed port as unreachable', async () => {
    const client = createIdentityClient({ baseUrl: 'http://127.0.0.1:9', kioskId: KIOSK_ID, secret: KIOSK_SECRET, timeoutMs: 2000 });
    expect(await failure(() => client.getServerKey())).toMatchObject({ kind: 'unreachable', code: 'IDENTITY_API_UNREACHABLE' });
  });
});
