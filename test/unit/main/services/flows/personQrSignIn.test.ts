import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getProvinceProfile } from '../../../../../common/profiles';
import { createPersonFlowHandlers } from '../../../../../main/services/flows';
import { silentLogger } from '../../../../../main/services/log/logger';
import { failure, startHarness, type Harness } from '../../../identity-api/harness';
import { ctx } from './cardSupport';

const liXiuying = '220102196002152427';
const zhangWei = '110105199003071239';

async function codeOf(promise: unknown): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'no error';
}

/** Account services signed in with the province app's QR code instead of card + face (Fujian offers two apps). */
describe('QR sign-in for the account services, against the reference identity API', () => {
  let h: Harness;
  let person: ReturnType<typeof createPersonFlowHandlers>['person'];
  beforeEach(async () => {
    h = await startHarness({ province: 'fujian' });
    ({ person } = createPersonFlowHandlers({
      client: h.client,
      profile: getProvinceProfile('fujian'),
      session: { onEnd: () => () => undefined },
      events: { attach: () => () => undefined },
      log: silentLogger,
      clock: () => h.now(),
      demo: true,
    }));
  });
  afterEach(async () => {
    expect(h.validator.failures).toEqual([]);
    await h.close();
  });

  it('signs in with any app of the profile, not only the first, and re-signs the agreement with the app as proof', async () => {
    expect(await codeOf(person.qrSignIn(undefined, ctx))).toBe('person.stepMissing');
    const started = await person.qrStart({ appId: 'wechat' }, ctx);
    expect(started).toMatchObject({ status: 'pending', appName: '微信' });
    expect(await codeOf(person.qrSignIn(undefined, ctx))).toBe('person.stepMissing');
    await person.qrDemoConfirm({ idNumber: liXiuying }, ctx);
    expect(await person.qrPoll(undefined, ctx)).toMatchObject({ status: 'confirmed', maskedName: '李**' });

    const account = await person.qrSignIn(undefined, ctx);
    expect(account).toMatchObject({ accountName: 'lixiuying', upgradeOffered: false, agreement: { needsSigning: true, signedVersion: '2022.1' } });
    const receipt = await person.signAgreement({ version: account.agreement.currentVersion }, ctx);
    expect(receipt).toMatchObject({ service: 'agreement', maskedName: '李**', maskedIdNumber: '', accountName: 'lixiuying', maskedPhone: '139****0002' });
    // Raising the real-name level needs a face matched now: the app's confirmation is not enough.
    expect(await codeOf(person.upgradeRealName(undefined, ctx))).toBe('person.stepMissing');
  });

  it('an unknown app is refused; the identity API takes a QR sign-in as proof only for the account it confirmed', async () => {
    expect(await codeOf(person.qrStart({ appId: 'alipay' }, ctx))).toBe('QR_APP_UNKNOWN');
    const session = await h.client.createQrSession('minshuitong');
    await h.client.confirmQrSession(session.sessionId, zhangWei);
    const refused = await failure(() => h.client.signAgreement('P-LIXIUYING', { version: '2024.1', proof: { qrSessionId: session.sessionId } }));
    expect(refused).toMatchObject({ code: 'QR_SIGN_IN_NOT_CONFIRMED', field: 'proof.qrSessionId' });
    const pending = await h.client.createQrSession('minshuitong');
    expect(await failure(() => h.client.signAgreement('P-LIXIUYING', { version: '2024.1', proof: { qrSessionId: pending.sessionId } }))).toMatchObject({
      code: 'QR_SIGN_IN_NOT_CONFIRMED',
    });
    expect(await h.client.lookupAccount({ by: 'account_id', value: 'P-ZHANGWEI' })).toMatchObject({ accountName: 'zhangwei01' });
  });
});
