import { afterEach, describe, expect, it } from 'vitest';
import { getProvinceProfile, provinceIds, type ProvinceId } from '../../../../../common/profiles';
import { requiredVerifications, type VerificationKind } from '../../../../../common/profiles/verifications';
import type { EventSink } from '../../../../../main/bridge/eventHub';
import { createPersonFlowHandlers } from '../../../../../main/services/flows';
import { silentLogger } from '../../../../../main/services/log/logger';
import { startHarness, type Harness } from '../../../identity-api/harness';
import { codeOf, ctx, residentCardRead, liveCapture } from './cardSupport';

const zhangWei = { name: '张伟', idNumber: '110105199003071239', validFrom: '2016-05-01', validUntil: '2036-05-01', longTerm: false };
const holder = { name: zhangWei.name, idType: 'resident_id' as const, idNumber: zhangWei.idNumber };
const ATTESTATION = '0d9f7a3e-2c1b-4e5f-8a6d-3b2c1d0e9f8a';

/** What each province's manual asks, with nothing switched on and with each optional one switched on. */
const expected: Record<ProvinceId, Record<'none' | VerificationKind, { face: boolean; sms: boolean }>> = {
  // Jilin: SMS to the reserved phone; the face is a kiosk addition a hall may switch on.
  jilin: { none: { face: false, sms: true }, face: { face: true, sms: true }, sms: { face: false, sms: true } },
  tibet: { none: { face: false, sms: true }, face: { face: true, sms: true }, sms: { face: false, sms: true } },
  // Xinjiang: face always, SMS by configuration.
  xinjiang: { none: { face: true, sms: false }, face: { face: true, sms: false }, sms: { face: true, sms: true } },
  fujian: { none: { face: false, sms: true }, face: { face: true, sms: true }, sms: { face: false, sms: true } },
};

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function kiosk(province: ProvinceId, switchedOn: VerificationKind[], assisted = false) {
  h = await startHarness({ province });
  const harness = h;
  const sinks: EventSink[] = [];
  const { person } = createPersonFlowHandlers({
    client: harness.client,
    profile: getProvinceProfile(province),
    session: { onEnd: () => () => undefined },
    events: { attach: (sink) => (sinks.push(sink), () => undefined) },
    log: silentLogger,
    clock: () => harness.now(),
    forgotPasswordSwitchedOn: switchedOn,
    assisted: () => assisted,
    takeAttestation: (id) => (assisted && id === ATTESTATION ? 'S001' : undefined),
  });
  for (const sink of sinks) sink('reader.card', residentCardRead(zhangWei, 'read-1'));
  return {
    person,
    async sms(): Promise<string> {
      harness.advance(61_000);
      const sent = await person.sendSms({ purpose: 'passwordReset' }, ctx);
      await person.verifySms({ challengeId: sent.challengeId, code: harness.smsCode('13800000001') }, ctx);
      return sent.challengeId;
    },
    async face(): Promise<string> {
      return (await person.verifyFace({ holder, capture: await liveCapture(person) }, ctx)).verificationId ?? '';
    },
  };
}

describe('forgot password as each province profile says, with the hall switching optional verifications on', () => {
  for (const province of provinceIds) {
    for (const switched of ['none', 'face', 'sms'] as const) {
      const switchedOn = switched === 'none' ? [] : [switched];
      const asked = expected[province][switched];
      it(`${province}, ${switched === 'none' ? 'nothing' : switched} switched on: asks face ${asked.face}, SMS ${asked.sms}, and resets with exactly those`, async () => {
        expect(requiredVerifications(getProvinceProfile(province).forgotPassword.person, switchedOn)).toEqual(asked);
        const k = await kiosk(province, switchedOn);
        expect(await k.person.findAccount({ holder }, ctx)).toMatchObject({ maskedPhone: '138****0001', faceRequired: asked.face, smsRequired: asked.sms });
        const smsChallengeId = asked.sms ? await k.sms() : undefined;
        const faceVerificationId = asked.face ? await k.face() : undefined;
        // A proof the kiosk asks cannot be left out.
        if (asked.sms) expect(await codeOf(k.person.resetPassword({ newPassword: 'Kiosk#2026b', faceVerificationId }, ctx))).toBe('person.stepMissing');
        if (asked.face) expect(await codeOf(k.person.resetPassword({ newPassword: 'Kiosk#2026b', smsChallengeId }, ctx))).toBe('person.stepMissing');
        const receipt = await k.person.resetPassword({ newPassword: 'Kiosk#2026b', smsChallengeId, faceVerificationId }, ctx);
        expect(receipt).toMatchObject({ service: 'passwordReset', maskedPhone: '138****0001' });
        expect(h?.validator.failures).toEqual([]);
      });
    }
  }

  it('in assisted mode a clerk may attest in person when the face fails (Xinjiang, face fixed)', async () => {
    const k = await kiosk('xinjiang', [], true);
    expect(await k.person.findAccount({ holder }, ctx)).toMatchObject({ faceRequired: true, smsRequired: false });
    expect(await k.person.resetPassword({ newPassword: 'Kiosk#2026b', attestationId: ATTESTATION }, ctx)).toMatchObject({ service: 'passwordReset' });
  });

  it('outside assisted mode no attestation stands in for the face', async () => {
    const k = await kiosk('xinjiang', [], false);
    await k.person.findAccount({ holder }, ctx);
    expect(await codeOf(k.person.resetPassword({ newPassword: 'Kiosk#2026b', attestationId: ATTESTATION }, ctx))).toBe('person.stepMissing');
  });
});
