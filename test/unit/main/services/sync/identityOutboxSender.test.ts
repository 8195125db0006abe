import { describe, expect, it } from 'vitest';
import { IdentityApiError } from '../../../../../main/services/identity';
import { IdentityOutboxSender, mapIdentityError, type IdentityOutboxClient } from '../../../../../main/services/sync/identityOutboxSender';
import type { SendError } from '../../../../../main/services/sync/outboxSender';
import { itemFor } from '../../../../support/outbox/campaignItems';

describe('mapIdentityError', () => {
  it("maps the client's four kinds and the upload answers onto the port", () => {
    const e = (...args: ConstructorParameters<typeof IdentityApiError>) => mapIdentityError(new IdentityApiError(...args));
    expect(e('retryable', 'UNAVAILABLE', 'x', undefined, { status: 503, retryAfterMs: 2000 })).toEqual({
      kind: 'retryable',
      reason: 'UNAVAILABLE',
      retryAfterMs: 2000,
    });
    expect(e('unreachable', 'IDENTITY_API_TIMEOUT', 'x')).toEqual({ kind: 'unreachable', reason: 'IDENTITY_API_TIMEOUT' });
    expect(e('auth', 'SIGNATURE_INVALID', 'x')).toEqual({ kind: 'auth', reason: 'SIGNATURE_INVALID' });
    expect(e('rejected', 'USCC_CHECK_CHAR', 'x', 'enterprise.uscc')).toEqual({ kind: 'rejected', code: 'USCC_CHECK_CHAR', field: 'enterprise.uscc' });
    expect(e('rejected', 'IDENTITY_API_RESPONSE_INVALID', 'x', undefined, { status: 408 }).kind).toBe('retryable');
    expect(e('rejected', 'IDENTITY_API_RESPONSE_INVALID', 'x', undefined, { status: 425 }).kind).toBe('retryable');
    expect(e('rejected', 'UPLOAD_OFFSET_MISMATCH', 'x', undefined, { uploadOffset: 7 })).toEqual({ kind: 'offsetMismatch', offset: 7 });
    expect(e('rejected', 'UPLOAD_CHECKSUM_MISMATCH', 'x')).toEqual({ kind: 'offsetMismatch', offset: 0 });
    expect(e('rejected', 'UPLOAD_NOT_FOUND', 'x')).toEqual({ kind: 'uploadGone' });
  });
});

describe('IdentityOutboxSender', () => {
  const appeal = itemFor('identity', 'logical-1');
  const item = { idempotencyKey: 'item-1', kind: 'appeal', payload: appeal.payload };

  function fakeClient() {
    const calls: Array<[string, ...unknown[]]> = [];
    const client = {
      createAppeal: async (_body: unknown, key: string) => (calls.push(['createAppeal', key]), { appealId: 'A1', status: 'draft', requiredDocuments: [] }),
      createUpload: async (appealId: string, body: { documentType: string; fileName: string }, key: string) => (
        calls.push(['createUpload', appealId, body.fileName, key]),
        { uploadId: 'U1', offset: 0, length: 1, complete: false }
      ),
      submitAppeal: async (appealId: string, key: string) => (calls.push(['submitAppeal', appealId, key]), { appealId, status: 'submitted', submittedAt: '' }),
    } as unknown as IdentityOutboxClient;
    return { client, calls };
  }

  it('creates the appeal draft under a key derived from the item, uploads under the attachment key, submits under the item key', async () => {
    const { client, calls } = fakeClient();
    const sender = new IdentityOutboxSender(client);
    const { url } = await sender.createUpload({
      idempotencyKey: 'att-1',
      name: 'business_licence',
      length: 1,
      sha256: 'a'.repeat(64),
      contentType: 'image/jpeg',
      item,
    });
    await sender.sendRecord({ ...item, uploads: [{ name: 'business_licence', url }] });
    // One attempt asks for its draft once; the next attempt (its payload decrypted anew) asks again.
    await sender.sendRecord({ ...item, payload: structuredClone(appeal.payload), uploads: [{ name: 'business_licence', url }] });
    expect(calls).toEqual([
      ['createAppeal', 'item-1:appeal'],
      ['createUpload', 'A1', 'business_licence.jpg', 'att-1'],
      ['submitAppeal', 'A1', 'item-1'],
      ['createAppeal', 'item-1:appeal'],
      ['submitAppeal', 'A1', 'item-1'],
    ]);
  });

  it('rejects payloads the contract refuses and unknown kinds as permanent', async () => {
    const sender = new IdentityOutboxSender(fakeClient().client);
    const failure = async (p: Promise<unknown>) => ((await p.catch((e: unknown) => e)) as SendError).failure;
    expect(await failure(sender.sendRecord({ ...item, payload: { remark: 'x' }, uploads: [] }))).toMatchObject({
      kind: 'rejected',
      code: 'outbox.payload_invalid',
    });
    expect(await failure(sender.sendRecord({ ...item, kind: 'telepathy', uploads: [] }))).toEqual({ kind: 'rejected', code: 'outbox.unknown_kind' });
    expect(await failure(sender.sendRecord({ ...item, kind: 'registerPerson', payload: {}, uploads: [] }))).toMatchObject({ code: 'outbox.payload_invalid' });
    const upload = { idempotencyKey: 'a', name: 'selfie', length: 1, sha256: 'a'.repeat(64), contentType: 'image/jpeg', item };
    expect(await failure(sender.createUpload(upload))).toMatchObject({ code: 'outbox.payload_invalid', field: 'documentType' });
  });

  it('sends a queued face enrolment with its item key, enrols the matched face under a derived key, and makes a no-match final', async () => {
    const calls: string[] = [];
    let verdict: 'match' | 'no_match' = 'match';
    const client = {
      verifyFace: async (_body: unknown, key: string) => (calls.push(key), { verificationId: 'V1', result: verdict }),
      send: async (id: string, args: { body: { faceVerificationId: string }; idempotencyKey: string }) => (
        calls.push(`${id} ${args.body.faceVerificationId} ${args.idempotencyKey}`),
        { accountId: 'A1', faceSignIn: true }
      ),
    } as unknown as IdentityOutboxClient;
    const sender = new IdentityOutboxSender(client);
    const payload = {
      subject: { name: '刘洋', idType: 'resident_id', idNumber: '350102199209053314' },
      capture: { contentType: 'image/jpeg', data: Buffer.from('jpeg').toString('base64') },
      liveness: { score: 0.9, actions: ['turn_left'] },
    };
    await sender.sendRecord({ idempotencyKey: 'face-1', kind: 'faceEnrolment', payload, uploads: [] });
    expect(calls).toEqual(['face-1', 'enrolFace V1 face-1-enrol']);
    verdict = 'no_match';
    const failure = ((await sender.sendRecord({ idempotencyKey: 'face-2', kind: 'faceEnrolment', payload, uploads: [] }).catch((e: unknown) => e)) as SendError)
      .failure;
    expect(failure).toEqual({ kind: 'rejected', code: 'FACE_NO_MATCH' });
  });
});
