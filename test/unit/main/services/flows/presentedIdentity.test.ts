import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getProvinceProfile } from '../../../../../common/profiles';
import type { EventSink } from '../../../../../main/bridge/eventHub';
import { createPersonFlowHandlers, type PersonFlowClient } from '../../../../../main/services/flows';
import { silentLogger } from '../../../../../main/services/log/logger';
import { startHarness, type Harness } from '../../../identity-api/harness';
import { codeOf, ctx, residentCardRead, liveCapture } from './cardSupport';

// 张伟 and 李秀英 have accounts in the reference population.
const zhangWei = { name: '张伟', idType: 'resident_id' as const, idNumber: '110105199003071239' };
const liXiuying = { name: '李秀英', idType: 'resident_id' as const, idNumber: '220102196002152427' };

/**
 * Forgot password's account lookup and the account services' sign-in take a holder, not an
 * identity with its source: main itself requires that holder to come from a card read in this
 * session, or assisted mode, whatever the page sends.
 */
describe('a typed identity outside assisted mode is refused by main, not only by the page', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ province: 'jilin' });
  });
  afterEach(async () => h.close());

  function setup(assisted: boolean) {
    const sinks: EventSink[] = [];
    const calls: string[] = [];
    // Counts the identity-API calls, so a refused lookup is seen not to reach the API at all.
    const client = new Proxy(h.client, {
      get: (target, name: string) => {
        const value = Reflect.get(target, name) as unknown;
        return typeof value === 'function' ? (...args: unknown[]) => (calls.push(name), (value as (...a: unknown[]) => unknown).apply(target, args)) : value;
      },
    }) as PersonFlowClient;
    const { person } = createPersonFlowHandlers({
      client,
      profile: getProvinceProfile('jilin'),
      session: { onEnd: () => () => undefined },
      events: { attach: (sink) => (sinks.push(sink), () => undefined) },
      log: silentLogger,
      clock: () => h.now(),
      assisted: () => assisted,
    });
    let reads = 0;
    return {
      person,
      calls,
      present(holder: typeof zhangWei): void {
        const read = residentCardRead(
          { name: holder.name, idNumber: holder.idNumber, validFrom: '2016-05-01', validUntil: '2036-05-01', longTerm: false },
          `r${++reads}`,
        );
        for (const sink of sinks) sink('reader.card', read);
      },
    };
  }

  it('forgot password: a holder nobody read is refused before the identity API is asked; the card read is accepted', async () => {
    const s = setup(false);
    expect(await codeOf(s.person.findAccount({ holder: zhangWei }, ctx))).toBe('person.manualEntryNotAllowed');
    expect(s.calls).toEqual([]);
    // Another person's card on the reader does not make this holder a card read.
    s.present(liXiuying);
    expect(await codeOf(s.person.findAccount({ holder: zhangWei }, ctx))).toBe('person.manualEntryNotAllowed');
    s.present(zhangWei);
    expect(await s.person.findAccount({ holder: zhangWei }, ctx)).toMatchObject({ maskedPhone: '138****0001' });
  });

  it('sign-in: a matched face is not enough without the card (or assisted mode)', async () => {
    const s = setup(false);
    const face = await s.person.verifyFace({ holder: liXiuying, capture: await liveCapture(s.person) }, ctx);
    expect(await codeOf(s.person.signIn({ holder: liXiuying, faceVerificationId: face.verificationId ?? '' }, ctx))).toBe('person.manualEntryNotAllowed');
    s.present(liXiuying);
    expect(await s.person.signIn({ holder: liXiuying, faceVerificationId: face.verificationId ?? '' }, ctx)).toMatchObject({ realNameLevel: 2 });
  });

  it('in assisted mode staff may type the identity for both', async () => {
    const s = setup(true);
    expect(await s.person.findAccount({ holder: zhangWei }, ctx)).toMatchObject({ maskedPhone: '138****0001' });
    const face = await s.person.verifyFace({ holder: liXiuying, capture: await liveCapture(s.person) }, ctx);
    expect(await s.person.signIn({ holder: liXiuying, faceVerificationId: face.verificationId ?? '' }, ctx)).toMatchObject({ realNameLevel: 2 });
  });
});
