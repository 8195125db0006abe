import { afterEach, describe, expect, it } from 'vitest';
import { flowModules } from '../../../../../main/services/flows';
import { IdentityOutboxSender, type IdentityOutboxClient } from '../../../../../main/services/sync/identityOutboxSender';
import { faceEnrolmentKind } from '../../../../../main/services/sync/kinds/faceEnrolmentKind';
import { outboxKinds, staffLabelOf } from '../../../../../main/services/sync/kinds/outboxKinds';
import { outboxQueue } from '../../../../../main/services/sync/kinds/outboxQueue';
import type { SendError } from '../../../../../main/services/sync/outboxSender';
import bo from '../../../../../renderer/i18n/locales/bo';
import en from '../../../../../renderer/i18n/locales/en';
import ug from '../../../../../renderer/i18n/locales/ug';
import zhCN from '../../../../../renderer/i18n/locales/zh-CN';
import { itemFor } from '../../../../support/outbox/campaignItems';
import { openTestOutbox, type TestOutbox } from '../../../../support/outbox/testOutbox';

const holder = { name: '刘洋', idType: 'resident_id', idNumber: '350102199209053314' };
const facePayload = {
  subject: holder,
  capture: { contentType: 'image/jpeg', data: Buffer.from('jpeg').toString('base64') },
  liveness: { score: 0.9, actions: ['turn_left'] },
};
const sealed = { scheme: 'RSA-OAEP-256+A256GCM', keyId: 'k1', encryptedKey: 'a', iv: 'b', ciphertext: 'c', tag: 'd' };

/** A valid payload of each registered kind. */
const samples: Record<string, unknown> = {
  appeal: itemFor('identity', 'sample').payload,
  faceEnrolment: facePayload,
  registerPerson: {
    password: sealed,
    identity: holder,
    phone: '13612345678',
    smsChallengeId: 'sms-1',
    faceVerificationId: 'face-1',
    agreementVersion: '2024.1',
  },
};

/** Records each identity-API call and answers what every kind's sending expects. */
function recordingClient(calls: string[]): IdentityOutboxClient {
  const answer = { appealId: 'A1', uploadId: 'U1', result: 'match' };
  return new Proxy({}, { get: (_target, name: string) => async () => (calls.push(name), answer) }) as IdentityOutboxClient;
}

const lookUp = (messages: object, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

describe('outbox kinds registry', () => {
  it('lists each kind once, and every kind a flow queues', () => {
    const names = outboxKinds.map((k) => k.kind);
    expect(new Set(names).size).toBe(names.length);
    const queued = flowModules.flatMap((m) => (m.queues ? [m.queues] : []));
    expect(queued.length).toBeGreaterThan(0);
    for (const kind of queued) expect(outboxKinds).toContain(kind);
  });

  it('matches what the sender can send: each registered kind goes out with the calls it declares, anything else is refused', async () => {
    expect(Object.keys(samples).sort()).toEqual(outboxKinds.map((k) => k.kind).sort());
    for (const kind of outboxKinds) {
      const calls: string[] = [];
      await new IdentityOutboxSender(recordingClient(calls)).sendRecord({
        idempotencyKey: 'item-1',
        kind: kind.kind,
        payload: samples[kind.kind],
        uploads: [],
      });
      expect(calls.length).toBeGreaterThan(0);
      for (const call of calls) expect(kind.client).toContain(call);
    }
    const failure = async (p: Promise<unknown>) => ((await p.catch((e: unknown) => e)) as SendError).failure;
    const sender = new IdentityOutboxSender(recordingClient([]));
    expect(await failure(sender.sendRecord({ idempotencyKey: 'i', kind: 'registerEnterprise', payload: {}, uploads: [] }))).toEqual({
      kind: 'rejected',
      code: 'outbox.unknown_kind',
    });
  });

  it('names each kind for staff by a key every locale translates; an unknown kind by itself', () => {
    for (const kind of outboxKinds) {
      for (const messages of [zhCN, en, ug, bo]) expect(typeof lookUp(messages, kind.staffLabel)).toBe('string');
      expect(staffLabelOf(kind.kind)).toBe(kind.staffLabel);
    }
    expect(staffLabelOf('telepathy')).toBe('telepathy');
  });
});

describe('enqueue through a kind', () => {
  let outbox: TestOutbox | undefined;
  afterEach(() => outbox?.dispose());

  it("refuses a payload its kind's schema refuses before anything is written, and commits a valid one before waking the sender", async () => {
    outbox = openTestOutbox();
    let kicks = 0;
    const queue = outboxQueue(faceEnrolmentKind, { repository: outbox.repository, scheduler: { kick: () => kicks++ } });
    const bad = { ...facePayload, liveness: { score: 2, actions: ['turn_left'] } };
    await expect(queue.enqueue(bad as never)).rejects.toThrow(/outbox\.payload_invalid: faceEnrolment payload refused by its schema at 'liveness\.score'/);
    expect(outbox.repository.counts()).toEqual({ pending: 0, dead: 0 });
    expect(kicks).toBe(0);

    const { itemId } = await queue.enqueue(facePayload as never);
    expect(outbox.repository.counts()).toEqual({ pending: 1, dead: 0 });
    expect(outbox.repository.readPayload(itemId)).toEqual(facePayload);
    expect(kicks).toBe(1);
  });
});
