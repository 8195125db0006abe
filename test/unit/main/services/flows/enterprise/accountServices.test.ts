import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../../identity-api/harness';
import { capture, ctx, enterprises, holderOf, identityOf, liXiuying, refusal, setup, zhangWei } from './support';

/** Enterprise agreement re-signing and real-name upgrade against the reference identity API. */
describe('enterprise account services', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ province: 'jilin' });
    // 长白山科技 signed an older agreement at level 2.
    const db = (await import('better-sqlite3')).default(h.dbPath);
    db.prepare(`UPDATE accounts SET signed_agreement = '2022.1', real_name_level = 2 WHERE account_id = 'E-CHANGBAISHAN'`).run();
    db.close();
  });
  afterEach(async () => {
    expect(h.validator.failures).toEqual([]);
    await h.close();
  });

  it('re-signs the agreement and raises the real-name level after the legal representative’s card and face', async () => {
    const s = setup(h);
    expect(await refusal(s.enterprise.upgradeEnterpriseRealName(undefined, ctx))).toMatchObject({ code: 'person.stepMissing', field: 'uscc' });
    const rep = identityOf(zhangWei, s.present(zhangWei));
    const face = await s.enterprise.verifyFace({ holder: holderOf(zhangWei), capture }, ctx);
    const signedIn = await s.enterprise.enterpriseServicesSignIn(
      { uscc: enterprises.changbaishan.uscc, legalRepresentative: rep, faceVerificationId: face.verificationId! },
      ctx,
    );
    expect(signedIn).toMatchObject({ realNameLevel: 2, upgradeOffered: true, agreement: { signedVersion: '2022.1', needsSigning: true } });
    expect(await refusal(s.enterprise.signEnterpriseAgreement({ version: '2022.1' }, ctx))).toMatchObject({ code: 'AGREEMENT_VERSION_OUTDATED' });
    expect(await s.enterprise.signEnterpriseAgreement({ version: signedIn.agreement.currentVersion }, ctx)).toMatchObject({
      service: 'enterpriseAgreement',
      maskedName: '张*',
    });
    expect(await s.enterprise.upgradeEnterpriseRealName(undefined, ctx)).toMatchObject({ service: 'enterpriseRealName' });
    expect(await h.client.lookupAccount({ by: 'uscc', value: enterprises.changbaishan.uscc })).toMatchObject({
      realNameLevel: 3,
      agreement: { needsSigning: false },
    });
  });

  it('refuses without the legal representative’s own face, and for a pending enterprise', async () => {
    const s = setup(h);
    const rep = identityOf(zhangWei, s.present(zhangWei));
    const other = await s.enterprise.verifyFace({ holder: holderOf(liXiuying), capture }, ctx);
    expect(
      await refusal(
        s.enterprise.enterpriseServicesSignIn(
          { uscc: enterprises.changbaishan.uscc, legalRepresentative: rep, faceVerificationId: other.verificationId! },
          ctx,
        ),
      ),
    ).toEqual({ code: 'person.stepMissing', field: 'faceVerificationId' });
    const li = identityOf(liXiuying, s.present(liXiuying));
    expect(
      await refusal(
        s.enterprise.enterpriseServicesSignIn({ uscc: enterprises.xueyu.uscc, legalRepresentative: li, faceVerificationId: other.verificationId! }, ctx),
      ),
    ).toEqual({ code: 'person.stepMissing', field: 'uscc' });
  });
});
