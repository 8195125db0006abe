import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../../identity-api/harness';
import { capture, ctx, enterprises, holderOf, identityOf, liXiuying, refusal, setup, zhangWei } from './support';

/** Enterprise phone change against the reference identity API: card and face of the legal representative, the new phone's code. */
describe('enterprise phone change', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ province: 'jilin' });
  });
  afterEach(async () => {
    expect(h.validator.failures).toEqual([]);
    await h.close();
  });

  async function code(s: ReturnType<typeof setup>, phone: string): Promise<string> {
    h.advance(61_000);
    const challenge = await s.enterprise.sendSms({ purpose: 'phoneChange', phone }, ctx);
    await s.enterprise.verifySms({ challengeId: challenge.challengeId, code: h.smsCode(phone) }, ctx);
    return challenge.challengeId;
  }

  it('binds the new phone after the legal representative’s card and face and the new phone’s code', async () => {
    const s = setup(h);
    const rep = identityOf(zhangWei, s.present(zhangWei));
    const face = await s.enterprise.verifyFace({ holder: holderOf(zhangWei), capture }, ctx);
    expect(await refusal(s.enterprise.changeEnterprisePhone({ newPhone: '13600001111', smsChallengeId: 'C-x' }, ctx))).toMatchObject({
      code: 'person.stepMissing',
      field: 'uscc',
    });
    expect(
      await s.enterprise.startEnterprisePhoneChange(
        { uscc: enterprises.changbaishan.uscc, legalRepresentative: rep, faceVerificationId: face.verificationId! },
        ctx,
      ),
    ).toEqual({ maskedEnterpriseName: expect.stringMatching(/^吉/), maskedPhone: '138****0001' });
    const smsChallengeId = await code(s, '13600001111');
    // The code of another phone does not prove this one.
    expect(await refusal(s.enterprise.changeEnterprisePhone({ newPhone: '13600002222', smsChallengeId }, ctx))).toMatchObject({ code: 'person.stepMissing' });
    const receipt = await s.enterprise.changeEnterprisePhone({ newPhone: '13600001111', smsChallengeId }, ctx);
    expect(receipt).toMatchObject({ service: 'enterprisePhoneChange', maskedPhone: '136****1111', maskedName: '张*' });
    expect(await h.client.lookupAccount({ by: 'uscc', value: enterprises.changbaishan.uscc })).toMatchObject({ maskedPhone: '136****1111' });
  });

  it('refuses: no matched face, someone not the legal representative, a phone bound to another account', async () => {
    const s = setup(h);
    const rep = identityOf(zhangWei, s.present(zhangWei));
    expect(
      await refusal(s.enterprise.startEnterprisePhoneChange({ uscc: enterprises.changbaishan.uscc, legalRepresentative: rep, faceVerificationId: 'F-x' }, ctx)),
    ).toEqual({ code: 'person.stepMissing', field: 'faceVerificationId' });
    const li = identityOf(liXiuying, s.present(liXiuying));
    const liFace = await s.enterprise.verifyFace({ holder: holderOf(liXiuying), capture }, ctx);
    expect(
      await refusal(
        s.enterprise.startEnterprisePhoneChange(
          { uscc: enterprises.changbaishan.uscc, legalRepresentative: li, faceVerificationId: liFace.verificationId! },
          ctx,
        ),
      ),
    ).toMatchObject({ code: 'NAME_MISMATCH' });

    const zhang = identityOf(zhangWei, s.present(zhangWei));
    const face = await s.enterprise.verifyFace({ holder: holderOf(zhangWei), capture }, ctx);
    await s.enterprise.startEnterprisePhoneChange(
      { uscc: enterprises.changbaishan.uscc, legalRepresentative: zhang, faceVerificationId: face.verificationId! },
      ctx,
    );
    // 李秀英's phone: refused when the code is asked for.
    h.advance(61_000);
    expect(await refusal(s.enterprise.sendSms({ purpose: 'phoneChange', phone: '13900000002' }, ctx))).toMatchObject({ code: 'PHONE_ALREADY_BOUND' });
  });
});
