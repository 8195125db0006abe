import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersonIdentityInput } from '../../../../../common/contract/services/personFlows';
import { getProvinceProfile } from '../../../../../common/profiles';
import type { ProvinceId } from '../../../../../common/profiles/provinceId';
import { SEED_PASSWORD } from '../../../../../identity-api/seed';
import type { EventSink } from '../../../../../main/bridge/eventHub';
import { createPersonFlowHandlers } from '../../../../../main/services/flows';
import { silentLogger } from '../../../../../main/services/log/logger';
import { startHarness, type Harness } from '../../../identity-api/harness';
import { ctx, residentCardRead, liveCapture } from './cardSupport';

// 刘洋 has no account yet; 张伟 has one (account name zhangwei01, reserved phone 13800000001).
const liuYang = { name: '刘洋', idNumber: '350102199209053314', validFrom: '2020-01-10', validUntil: '2040-01-10', longTerm: false };
const zhangWei = { name: '张伟', idNumber: '110105199003071239', validFrom: '2016-05-01', validUntil: '2036-05-01', longTerm: false };
const holderOf = (p: typeof liuYang) => ({ name: p.name, idType: 'resident_id' as const, idNumber: p.idNumber });

async function codeAndField(call: unknown): Promise<{ code: string; field?: string } | 'no error'> {
  try {
    await call;
  } catch (error) {
    const { code, field } = error as { code: string; field?: string };
    return { code, field };
  }
  return 'no error';
}

describe('refusals at the step that caused them, against the reference identity API', () => {
  let h: Harness;
  const province: ProvinceId = 'jilin';
  beforeEach(async () => {
    h = await startHarness({ province });
  });
  afterEach(async () => h.close());

  function setup() {
    const sinks: EventSink[] = [];
    const { person } = createPersonFlowHandlers({
      client: h.client,
      profile: getProvinceProfile(province),
      session: { onEnd: () => () => undefined },
      events: { attach: (sink) => (sinks.push(sink), () => undefined) },
      log: silentLogger,
      clock: () => h.now(),
    });
    return {
      person,
      present(p: typeof liuYang): PersonIdentityInput {
        for (const sink of sinks) sink('reader.card', residentCardRead(p, 'read-1'));
        return { ...holderOf(p), validity: { start: p.validFrom, end: p.validUntil }, source: 'card', readId: 'read-1' };
      },
    };
  }

  it('the account step learns a taken name at once; a rule broken is refused there too', async () => {
    const { person } = setup();
    expect(await person.checkAccountName({ accountName: 'liuyang92' }, ctx)).toEqual({ available: true });
    expect(await codeAndField(person.checkAccountName({ accountName: 'zhangwei01' }, ctx))).toEqual({ code: 'ACCOUNT_NAME_TAKEN', field: 'accountName' });
    expect(await codeAndField(person.checkAccountName({ accountName: 'zw' }, ctx))).toEqual({ code: 'ACCOUNT_NAME_LENGTH', field: 'accountName' });
    expect(h.validator.failures).toEqual([]);
  });

  it('a name taken between the account step and the submit keeps the SMS code and the face already earned', async () => {
    const s = setup();
    const identity = s.present(liuYang);
    await s.person.checkIdentity({ identity }, ctx);
    h.advance(61_000);
    const sms = await s.person.sendSms({ purpose: 'registration', phone: '13612340077' }, ctx);
    await s.person.verifySms({ challengeId: sms.challengeId, code: h.smsCode('13612340077') }, ctx);
    const face = await s.person.verifyFace({ holder: holderOf(liuYang), capture: await liveCapture(s.person) }, ctx);
    const proofs = { identity, phone: '13612340077', smsChallengeId: sms.challengeId, faceVerificationId: face.verificationId ?? '', password: 'Kiosk#2025a' };
    expect(await codeAndField(s.person.register({ ...proofs, accountName: 'zhangwei01' }, ctx))).toEqual({ code: 'ACCOUNT_NAME_TAKEN', field: 'accountName' });
    // Only the name changes: the same proofs serve the second submit.
    expect(await s.person.register({ ...proofs, accountName: 'liuyang92' }, ctx)).toMatchObject({ service: 'registration', accountName: 'liuyang92' });
  });

  it('forgot password refuses the current password as the new one, at the new password, and takes another', async () => {
    const s = setup();
    s.present(zhangWei);
    await s.person.findAccount({ holder: holderOf(zhangWei) }, ctx);
    h.advance(61_000);
    const sms = await s.person.sendSms({ purpose: 'passwordReset' }, ctx);
    await s.person.verifySms({ challengeId: sms.challengeId, code: h.smsCode('13800000001') }, ctx);
    const face = await s.person.verifyFace({ holder: holderOf(zhangWei), capture: await liveCapture(s.person) }, ctx);
    const proof = { smsChallengeId: sms.challengeId, faceVerificationId: face.verificationId ?? '' };
    expect(await codeAndField(s.person.resetPassword({ ...proof, newPassword: SEED_PASSWORD }, ctx))).toEqual({
      code: 'PASSWORD_SAME_AS_OLD',
      field: 'newPassword',
    });
    expect(await s.person.resetPassword({ ...proof, newPassword: 'Kiosk#2026b' }, ctx)).toMatchObject({ service: 'passwordReset' });
  });
});

describe('a province without account names', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ province: 'tibet' });
  });
  afterEach(async () => h.close());

  it('has no name to check', async () => {
    const { person } = createPersonFlowHandlers({
      client: h.client,
      profile: getProvinceProfile('tibet'),
      session: { onEnd: () => () => undefined },
      events: { attach: () => () => undefined },
      log: silentLogger,
      clock: () => h.now(),
    });
    expect(await codeAndField(person.checkAccountName({ accountName: 'liuyang92' }, ctx))).toEqual({ code: 'ACCOUNT_NAME_NOT_OFFERED', field: 'accountName' });
  });
});
