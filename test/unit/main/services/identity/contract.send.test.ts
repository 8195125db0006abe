import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerKey } from '../../../../../common/identityApi/sealedSecret';
import { createIdentityClient } from '../../../../../main/services/identity';
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

/** What a caller sees of a failure: compared field by field between send and a named method. */
async function refusal(fn: () => Promise<unknown>) {
  const { kind, code, field, details } = await failure(fn);
  return { kind, code, field, details };
}

describe('generic send', () => {
  it('signs and parses reads, queries and path parameters as the named methods do', async () => {
    const key: ServerKey = await h.client.send('getServerKey');
    expect(key).toEqual(await h.client.getServerKey());
    const lookup = { by: 'id_number', value: people.zhangWei.idNumber } as const;
    const summary = await h.client.send('lookupAccount', { body: lookup });
    expect(summary).toEqual(await h.client.lookupAccount(lookup));
    const agreement = await h.client.send('getAgreementStatus', { params: { accountId: summary.accountId } });
    expect(agreement).toEqual(await h.client.getAgreementStatus(summary.accountId));
  });

  it('sends a write under a fresh Idempotency-Key unless given one, and the same request as the named method', async () => {
    const first = await h.client.send('createQrSession', { body: { appId: 'jishiban' } });
    const second = await h.client.send('createQrSession', { body: { appId: 'jishiban' } });
    expect(second.sessionId).not.toBe(first.sessionId);
    const key = randomUUID();
    const sent = await h.client.send('createQrSession', { body: { appId: 'jishiban' }, idempotencyKey: key });
    // The server replays a key's answer only for the same method, path and body bytes.
    await expect(h.client.createQrSession('jishiban', { idempotencyKey: key })).resolves.toEqual(sent);
    await expect(h.client.send('createQrSession', { body: { appId: 'jishiban' }, idempotencyKey: key })).resolves.toEqual(sent);
  });

  it('maps refusals to the same IdentityApiError as the named methods', async () => {
    expect(await refusal(() => h.client.send('createQrSession', { body: { appId: 'wechat' } }))).toEqual(
      await refusal(() => h.client.createQrSession('wechat')),
    );
    expect(await refusal(() => h.client.send('getAgreementStatus', { params: { accountId: 'P-NOBODY' } }))).toEqual(
      await refusal(() => h.client.getAgreementStatus('P-NOBODY')),
    );
    expect(await refusal(() => h.client.send('lookupEnterprise', { body: { uscc: '' } }))).toEqual(await refusal(() => h.client.lookupEnterprise('')));

    const phone = '13600000077';
    const challenge = async () => (await h.client.createSmsChallenge({ purpose: 'person_registration', target: { kind: 'phone', phone } })).challengeId;
    const named = await challenge();
    h.advance(61_000);
    const generic = await challenge();
    const wrongCode = await refusal(() => h.client.send('verifySmsChallenge', { params: { challengeId: generic }, body: { code: 'x' } }));
    expect(wrongCode).toMatchObject({ kind: 'rejected', code: 'SMS_CODE_WRONG', details: { attemptsLeft: 4 } });
    expect(wrongCode).toEqual(await refusal(() => h.client.verifySmsChallenge(named, 'x')));
  });

  it('maps auth, server and transport failures as the named methods do', async () => {
    const wrongSecret = h.makeClient({ secret: 'wrong' });
    expect(await refusal(() => wrongSecret.send('getServerKey'))).toEqual(await refusal(() => wrongSecret.getServerKey()));
    h.server.faults.set({ errorRate: 0, tooManyRequestsRate: 1, retryAfterSeconds: 7 });
    const tooMany = await refusal(() => h.client.send('getServerKey'));
    expect(tooMany).toMatchObject({ kind: 'retryable', code: 'RATE_LIMITED', details: { retryAfterMs: 7000 } });
    expect(tooMany).toEqual(await refusal(() => h.client.getServerKey()));
    h.server.faults.reset();
    const closed = createIdentityClient({ baseUrl: 'http://127.0.0.1:9', kioskId: KIOSK_ID, secret: KIOSK_SECRET, timeoutMs: 2000 });
    expect(await refusal(() => closed.send('sendHeartbeat', { body: { appVersion: '0.1.0', devices: [], queueDepth: 0 } }))).toEqual(
      await refusal(() => closed.sendHeartbeat({ appVersion: '0.1.0', devices: [], queueDepth: 0 })),
    );
  });

  // The @ts-expect-error lines are assertions too: `npm run typecheck` fails if one stops being an error.
  it('types path parameters, bodies and keys from the contract', async () => {
    // @ts-expect-error getAgreementStatus needs its accountId
    await expect(h.client.send('getAgreementStatus', {})).rejects.toThrow(RangeError);
    // @ts-expect-error the body must match the request schema
    expect(await refusal(() => h.client.send('lookupEnterprise', { body: { usc: '91220101MA0000000X' } }))).toMatchObject({ code: 'REQUEST_INVALID' });
    // @ts-expect-error reads take no Idempotency-Key
    await expect(h.client.send('getServerKey', { idempotencyKey: randomUUID() })).resolves.toMatchObject({ province: 'jilin' });
    // @ts-expect-error there is no such operation
    await expect(h.client.send('deleteAccount', {})).rejects.toThrow(TypeError);
  });
});
