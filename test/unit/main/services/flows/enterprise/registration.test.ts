import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../../identity-api/harness';
import { capture, ctx, enterprises, holderOf, identityOf, liuYang, liXiuying, refusal, setup, zhangWei, zhaoQiang } from './support';

describe('enterprise registration and activation against the reference identity API', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ province: 'jilin' });
  });
  afterEach(async () => {
    expect(h.validator.failures).toEqual([]);
    await h.close();
  });

  async function sms(s: ReturnType<typeof setup>, arg: Parameters<ReturnType<typeof setup>['enterprise']['sendSms']>[0], phone: string) {
    h.advance(61_000);
    const challenge = await s.enterprise.sendSms(arg, ctx);
    expect(await s.enterprise.verifySms({ challengeId: challenge.challengeId, code: h.smsCode(phone) }, ctx)).toEqual({ verified: true, attemptsLeft: null });
    return challenge;
  }

  it('registers an enterprise the registry confirms: active, with a masked receipt', async () => {
    const s = setup(h);
    expect(await s.enterprise.lookupEnterprise({ uscc: enterprises.beifang.uscc.toLowerCase() }, ctx)).toEqual({
      enterpriseName: '长春北方物流有限公司',
      inRegistry: true,
      accountStatus: 'none',
    });
    const rep = identityOf(zhaoQiang, s.present(zhaoQiang));
    expect(await s.enterprise.checkRegistration({ enterprise: enterprises.beifang, legalRepresentative: rep }, ctx)).toEqual({ inRegistry: true });
    const challenge = await sms(s, { purpose: 'registration', phone: '13644440001' }, '13644440001');
    const face = await s.enterprise.verifyFace({ holder: holderOf(zhaoQiang), capture }, ctx);
    expect(face.result).toBe('match');
    const receipt = await s.enterprise.register(
      {
        enterprise: enterprises.beifang,
        legalRepresentative: rep,
        phone: '13644440001',
        accountName: 'beifang01',
        password: 'Kiosk#2025a',
        smsChallengeId: challenge.challengeId,
        faceVerificationId: face.verificationId!,
      },
      ctx,
    );
    expect(receipt).toMatchObject({
      service: 'enterpriseRegistration',
      queued: false,
      accountStatus: 'active',
      accountName: 'beifang01',
      maskedEnterpriseName: '长春******公司',
      maskedUscc: '912***********B3C7',
      maskedName: '赵*',
      maskedPhone: '136****0001',
    });
    expect(await s.enterprise.lookupEnterprise({ uscc: enterprises.beifang.uscc }, ctx)).toMatchObject({ accountStatus: 'active' });
    expect(await refusal(s.enterprise.checkRegistration({ enterprise: enterprises.beifang, legalRepresentative: rep }, ctx))).toEqual({
      code: 'USCC_ALREADY_REGISTERED',
      field: 'enterprise.uscc',
    });
  });

  it('comes back pending activation when the registry cannot confirm, and is then activated', async () => {
    const s = setup(h);
    expect(await s.enterprise.lookupEnterprise({ uscc: enterprises.unknown.uscc }, ctx)).toEqual({
      enterpriseName: null,
      inRegistry: false,
      accountStatus: 'none',
    });
    const rep = identityOf(liuYang, s.present(liuYang));
    expect(await s.enterprise.checkRegistration({ enterprise: enterprises.unknown, legalRepresentative: rep }, ctx)).toEqual({ inRegistry: false });
    const challenge = await sms(s, { purpose: 'registration', phone: '13644440002' }, '13644440002');
    const face = await s.enterprise.verifyFace({ holder: holderOf(liuYang), capture }, ctx);
    const receipt = await s.enterprise.register(
      {
        enterprise: enterprises.unknown,
        legalRepresentative: rep,
        phone: '13644440002',
        accountName: 'nanguan01',
        password: 'Kiosk#2025a',
        smsChallengeId: challenge.challengeId,
        faceVerificationId: face.verificationId!,
      },
      ctx,
    );
    expect(receipt).toMatchObject({ accountStatus: 'pending_activation', maskedEnterpriseName: '长春***吃店' });
    s.endSession();

    // Activation, later, at the same kiosk: pending enterprise, SMS to its reserved phone.
    expect(await s.enterprise.findPendingEnterprise({ uscc: enterprises.unknown.uscc, legalRepresentative: holderOf(liuYang) }, ctx)).toMatchObject({
      maskedPhone: '136****0002',
    });
    const activation = await sms(s, { purpose: 'activation' }, '13644440002');
    expect(await refusal(s.enterprise.activate({ accountName: 'nanguan01', password: 'short', smsChallengeId: activation.challengeId }, ctx))).toMatchObject({
      field: 'password',
    });
    const activated = await s.enterprise.activate({ accountName: 'nanguan01', password: 'Kiosk#2025b', smsChallengeId: activation.challengeId }, ctx);
    expect(activated).toMatchObject({ service: 'enterpriseActivation', accountStatus: 'active', maskedName: '刘*' });
    expect(await refusal(s.enterprise.findPendingEnterprise({ uscc: enterprises.unknown.uscc, legalRepresentative: holderOf(liuYang) }, ctx))).toEqual({
      code: 'ACCOUNT_NOT_PENDING',
      field: 'uscc',
    });
  });

  it('refuses: USCC check character as typed, legal representative mismatch, card mismatch, manual entry outside assisted mode', async () => {
    const s = setup(h);
    const typo = { ...enterprises.minjiang, uscc: '91350100MA2Y7FQ5RT' };
    expect(await refusal(s.enterprise.lookupEnterprise({ uscc: typo.uscc }, ctx))).toEqual({ code: 'USCC_CHECK_CHAR', field: 'uscc' });
    const zhao = identityOf(zhaoQiang, s.present(zhaoQiang));
    expect(await refusal(s.enterprise.checkRegistration({ enterprise: typo, legalRepresentative: zhao }, ctx))).toEqual({
      code: 'USCC_CHECK_CHAR',
      field: 'enterprise.uscc',
    });

    // 福州闽江食品's legal representative is 刘洋: the registry refuses 赵强 at the final step.
    const challenge = await sms(s, { purpose: 'registration', phone: '13644440003' }, '13644440003');
    const face = await s.enterprise.verifyFace({ holder: holderOf(zhaoQiang), capture }, ctx);
    const wrongRep = await refusal(
      s.enterprise.register(
        {
          enterprise: enterprises.minjiang,
          legalRepresentative: zhao,
          phone: '13644440003',
          accountName: 'minjiang01',
          password: 'Kiosk#2025a',
          smsChallengeId: challenge.challengeId,
          faceVerificationId: face.verificationId!,
        },
        ctx,
      ),
    );
    expect(wrongRep).toEqual({ code: 'LEGAL_REPRESENTATIVE_MISMATCH', field: 'legalRepresentative.idNumber' });

    // A form edited after the read, or typed with no card.
    const edited = { ...zhao, idNumber: liuYang.idNumber, name: liuYang.name };
    expect(await refusal(s.enterprise.checkRegistration({ enterprise: enterprises.minjiang, legalRepresentative: edited }, ctx))).toEqual({
      code: 'person.cardMismatch',
      field: 'legalRepresentative',
    });
    const typed = identityOf(liuYang, null);
    expect(await refusal(s.enterprise.checkRegistration({ enterprise: enterprises.minjiang, legalRepresentative: typed }, ctx))).toEqual({
      code: 'person.manualEntryNotAllowed',
      field: 'legalRepresentative',
    });
    const assisted = setup(h, { assisted: () => true });
    expect(await assisted.enterprise.checkRegistration({ enterprise: enterprises.minjiang, legalRepresentative: typed }, ctx)).toEqual({ inRegistry: true });

    // Registering without this session's proofs.
    const liu = identityOf(liuYang, s.present(liuYang));
    const noProofs = await refusal(
      s.enterprise.register(
        {
          enterprise: enterprises.minjiang,
          legalRepresentative: liu,
          phone: '13644440003',
          accountName: 'minjiang01',
          password: 'Kiosk#2025a',
          smsChallengeId: challenge.challengeId,
          faceVerificationId: face.verificationId!,
        },
        ctx,
      ),
    );
    expect(noProofs).toEqual({ code: 'person.stepMissing', field: 'faceVerificationId' });
    expect(
      await refusal(
        s.enterprise.checkRegistration({ enterprise: enterprises.changbaishan, legalRepresentative: identityOf(zhangWei, s.present(zhangWei)) }, ctx),
      ),
    ).toMatchObject({
      code: 'USCC_ALREADY_REGISTERED',
    });
  });

  it('refuses a legal representative the registry does not name right after the card read, before any SMS', async () => {
    const s = setup(h);
    const zhao = identityOf(zhaoQiang, s.present(zhaoQiang));
    expect(await refusal(s.enterprise.checkRegistration({ enterprise: enterprises.minjiang, legalRepresentative: zhao }, ctx))).toEqual({
      code: 'LEGAL_REPRESENTATIVE_MISMATCH',
      field: 'legalRepresentative.idNumber',
    });
    // The registry's own legal representative, and an enterprise it does not know, go on to the SMS step.
    const liu = identityOf(liuYang, s.present(liuYang));
    expect(await s.enterprise.checkRegistration({ enterprise: enterprises.minjiang, legalRepresentative: liu }, ctx)).toEqual({ inRegistry: true });
    expect(await s.enterprise.checkRegistration({ enterprise: enterprises.unknown, legalRepresentative: zhao }, ctx)).toEqual({ inRegistry: false });
  });

  it('refuses activation for an active enterprise, a stranger, or without the SMS step', async () => {
    const s = setup(h);
    expect(await refusal(s.enterprise.findPendingEnterprise({ uscc: enterprises.changbaishan.uscc, legalRepresentative: holderOf(zhangWei) }, ctx))).toEqual({
      code: 'ACCOUNT_NOT_PENDING',
      field: 'uscc',
    });
    expect(await refusal(s.enterprise.findPendingEnterprise({ uscc: enterprises.xueyu.uscc, legalRepresentative: holderOf(zhaoQiang) }, ctx))).toMatchObject({
      code: 'NAME_MISMATCH',
    });
    expect(await refusal(s.enterprise.activate({ accountName: 'xueyu01', password: 'Kiosk#2025a', smsChallengeId: 'C-x' }, ctx))).toEqual({
      code: 'person.stepMissing',
      field: 'uscc',
    });
    await s.enterprise.findPendingEnterprise({ uscc: enterprises.xueyu.uscc, legalRepresentative: holderOf(liXiuying) }, ctx);
    expect(await refusal(s.enterprise.activate({ accountName: 'xueyu01', password: 'Kiosk#2025a', smsChallengeId: 'C-x' }, ctx))).toEqual({
      code: 'person.stepMissing',
      field: 'smsChallengeId',
    });
  });
});
