import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getProvinceProfile } from '../../../../../common/profiles';
import type { FaceVerificationRequest } from '../../../../../common/identityApi/face';
import type { EventSink } from '../../../../../main/bridge/eventHub';
import { createPersonFlowHandlers } from '../../../../../main/services/flows';
import { silentLogger } from '../../../../../main/services/log/logger';
import { IdentityOutboxSender } from '../../../../../main/services/sync/identityOutboxSender';
import { startHarness, type Harness } from '../../../identity-api/harness';
import { codeOf, ctx, residentCardRead, liveCapture } from './cardSupport';

// 张伟 and 李秀英 have accounts without face sign-in; 刘洋 has none; 陈静's face never matches.
const zhangWei = { name: '张伟', idNumber: '110105199003071239', validFrom: '2016-05-01', validUntil: '2036-05-01', longTerm: false };
const liXiuying = { name: '李秀英', idNumber: '220102196002152427', validFrom: '2010-03-01', validUntil: null, longTerm: true };
const liuYang = { name: '刘洋', idNumber: '350102199209053314', validFrom: '2020-01-10', validUntil: '2040-01-10', longTerm: false };
const holderOf = (p: typeof zhangWei | typeof liXiuying) => ({ name: p.name, idType: 'resident_id' as const, idNumber: p.idNumber });

describe('face enrolment: the matched face is enrolled on the card holder’s account for face sign-in', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ province: 'jilin' });
  });
  afterEach(async () => {
    expect(h.validator.failures).toEqual([]);
    await h.close();
  });

  function setup(queued: FaceVerificationRequest[] = []) {
    const sinks: EventSink[] = [];
    const { person } = createPersonFlowHandlers({
      client: h.client,
      profile: getProvinceProfile('jilin'),
      session: { onEnd: () => () => undefined },
      events: { attach: (sink) => (sinks.push(sink), () => undefined) },
      log: silentLogger,
      clock: () => h.now(),
      faceQueue: { enqueue: async (request) => (queued.push(request), { itemId: `item-${queued.length}` }) },
    });
    return {
      person,
      present: (p: typeof zhangWei | typeof liXiuying) => {
        for (const sink of sinks) sink('reader.card', residentCardRead(p, `read-${p.idNumber}`));
      },
    };
  }

  const faceSignIn = async (p: typeof zhangWei | typeof liXiuying) =>
    (await h.client.lookupAccount({ by: 'id_number', value: p.idNumber, idType: 'resident_id' })).faceSignIn;

  it('online: card, live face matched, and the account then shows face sign-in enabled', async () => {
    const s = setup();
    expect(await faceSignIn(zhangWei)).toBe(false);
    s.present(zhangWei);
    const result = await s.person.enrolFace({ holder: holderOf(zhangWei), capture: await liveCapture(s.person) }, ctx);
    expect(result).toMatchObject({ outcome: 'enrolled', receipt: { service: 'faceEnrolment', queued: false } });
    expect(await faceSignIn(zhangWei)).toBe(true);
  });

  it('a person without an account is refused, and a holder no card of this session named too', async () => {
    const s = setup();
    s.present(liuYang);
    expect(await codeOf(s.person.enrolFace({ holder: holderOf(liuYang), capture: await liveCapture(s.person) }, ctx))).toBe('ACCOUNT_NOT_FOUND');
    expect(await codeOf(s.person.enrolFace({ holder: holderOf(zhangWei), capture: await liveCapture(s.person) }, ctx))).toBe('person.manualEntryNotAllowed');
  });

  it('offline: queued as before, and the outbox sender enrols it when the link is back', async () => {
    const queued: FaceVerificationRequest[] = [];
    const s = setup(queued);
    s.present(liXiuying);
    h.server.faults.set({ errorRate: 1 });
    const result = await s.person.enrolFace({ holder: holderOf(liXiuying), capture: await liveCapture(s.person) }, ctx);
    expect(result).toMatchObject({ outcome: 'queued', receipt: { queued: true } });
    h.server.faults.set({ errorRate: 0 });
    expect(await faceSignIn(liXiuying)).toBe(false);
    await new IdentityOutboxSender(h.client).sendRecord({ idempotencyKey: 'face-item-1', kind: 'faceEnrolment', payload: queued[0], uploads: [] });
    expect(await faceSignIn(liXiuying)).toBe(true);
  });
});
