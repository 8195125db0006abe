import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../../../../identity-api/passwordHash';
import { startHarness, type Harness } from '../../../../identity-api/harness';
import { capture, chenJing, ctx, enterprises, holderOf, liuYang, liXiuying, refusal, setup, zhangWei } from './support';

/** The initial login password the legal representative sets for an agent. */
const AGENT_PASSWORD = 'Agent#2025';

describe('enterprise forgot password, agents and QR sign-in against the reference identity API', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ province: 'jilin' });
  });
  afterEach(async () => {
    expect(h.validator.failures).toEqual([]);
    await h.close();
  });

  it("resets the password by account name or USCC after the reserved phone's code", async () => {
    const s = setup(h);
    expect(await s.enterprise.findForPasswordReset({ legalAccount: 'cbskeji', legalRepresentative: holderOf(zhangWei) }, ctx)).toEqual({
      maskedEnterpriseName: expect.stringMatching(/^吉\*+$/),
      maskedPhone: '138****0001',
      faceRequired: false,
      smsRequired: true,
    });
    h.advance(61_000);
    const challenge = await s.enterprise.sendSms({ purpose: 'passwordReset' }, ctx);
    const wrong = h.smsCode('13800000001') === '000000' ? '111111' : '000000';
    expect(await s.enterprise.verifySms({ challengeId: challenge.challengeId, code: wrong }, ctx)).toEqual({ verified: false, attemptsLeft: 4 });
    await s.enterprise.verifySms({ challengeId: challenge.challengeId, code: h.smsCode('13800000001') }, ctx);
    expect(await refusal(s.enterprise.resetPassword({ newPassword: '123', smsChallengeId: challenge.challengeId }, ctx))).toMatchObject({
      field: 'newPassword',
    });
    const receipt = await s.enterprise.resetPassword({ newPassword: 'Kiosk#2025c', smsChallengeId: challenge.challengeId }, ctx);
    expect(receipt).toMatchObject({ service: 'enterprisePasswordReset', accountName: 'cbskeji', maskedName: '张*', maskedUscc: '' });

    // By USCC, in a fresh session: the proof of the earlier session no longer counts.
    s.endSession();
    await s.enterprise.findForPasswordReset({ legalAccount: enterprises.changbaishan.uscc, legalRepresentative: holderOf(zhangWei) }, ctx);
    expect(await refusal(s.enterprise.resetPassword({ newPassword: 'Kiosk#2025d', smsChallengeId: challenge.challengeId }, ctx))).toEqual({
      code: 'person.stepMissing',
      field: 'smsChallengeId',
    });
  });

  it('refuses: unknown account, pending account, wrong legal representative (name and then ID number)', async () => {
    const s = setup(h);
    expect(await refusal(s.enterprise.findForPasswordReset({ legalAccount: 'nobody99', legalRepresentative: holderOf(zhangWei) }, ctx))).toEqual({
      code: 'ACCOUNT_NOT_FOUND',
      field: 'legalAccount',
    });
    expect(await refusal(s.enterprise.findForPasswordReset({ legalAccount: enterprises.xueyu.uscc, legalRepresentative: holderOf(liXiuying) }, ctx))).toEqual({
      code: 'ACCOUNT_PENDING_ACTIVATION',
      field: 'legalAccount',
    });
    expect(await refusal(s.enterprise.findForPasswordReset({ legalAccount: 'cbskeji', legalRepresentative: holderOf(liuYang) }, ctx))).toMatchObject({
      code: 'NAME_MISMATCH',
    });
    // Same name, another ID number: found by name, refused by the server at the reset.
    const namesake = { name: '张伟', idType: 'resident_id' as const, idNumber: chenJing.idNumber };
    await s.enterprise.findForPasswordReset({ legalAccount: 'cbskeji', legalRepresentative: namesake }, ctx);
    h.advance(61_000);
    const challenge = await s.enterprise.sendSms({ purpose: 'passwordReset' }, ctx);
    await s.enterprise.verifySms({ challengeId: challenge.challengeId, code: h.smsCode('13800000001') }, ctx);
    expect(await refusal(s.enterprise.resetPassword({ newPassword: 'Kiosk#2025c', smsChallengeId: challenge.challengeId }, ctx))).toEqual({
      code: 'LEGAL_REPRESENTATIVE_MISMATCH',
      field: 'legalRepresentative.idNumber',
    });
  });

  it('signs the legal representative in with a matched face, approves the pending request and adds an agent', async () => {
    const s = setup(h);
    expect(
      await refusal(
        s.enterprise.addAgent(
          { agent: { ...holderOf(chenJing) }, validFrom: '2025-06-01', validUntil: '2026-06-01', mayManageAgents: false, initialPassword: AGENT_PASSWORD },
          ctx,
        ),
      ),
    ).toMatchObject({
      code: 'person.stepMissing',
    });
    const face = await s.enterprise.verifyFace({ holder: holderOf(zhangWei), capture }, ctx);
    // The face of 张伟 is not a proof for 李秀英's holder.
    expect(
      await refusal(
        s.enterprise.agentsSignIn(
          { uscc: enterprises.changbaishan.uscc, proof: { kind: 'face', legalRepresentative: holderOf(liXiuying), faceVerificationId: face.verificationId! } },
          ctx,
        ),
      ),
    ).toEqual({
      code: 'person.stepMissing',
      field: 'faceVerificationId',
    });
    expect(
      await refusal(
        s.enterprise.agentsSignIn(
          { uscc: enterprises.beifang.uscc, proof: { kind: 'face', legalRepresentative: holderOf(zhangWei), faceVerificationId: face.verificationId! } },
          ctx,
        ),
      ),
    ).toEqual({
      code: 'ACCOUNT_NOT_FOUND',
      field: 'uscc',
    });
    const signedIn = await s.enterprise.agentsSignIn(
      { uscc: enterprises.changbaishan.uscc, proof: { kind: 'face', legalRepresentative: holderOf(zhangWei), faceVerificationId: face.verificationId! } },
      ctx,
    );
    expect(signedIn.agents).toEqual([expect.objectContaining({ agentId: 'G-SEED-LIXIUYING', status: 'pending', maskedName: '李**' })]);

    const tooLong = await refusal(
      s.enterprise.approveAgent({ agentId: 'G-SEED-LIXIUYING', validFrom: '2025-06-01', validUntil: '2030-06-02', mayManageAgents: false }, ctx),
    );
    expect(tooLong).toEqual({ code: 'AGENT_VALIDITY_INVALID', field: 'validUntil' });
    expect(
      await s.enterprise.approveAgent({ agentId: 'G-SEED-LIXIUYING', validFrom: '2025-06-01', validUntil: '2030-06-01', mayManageAgents: true }, ctx),
    ).toMatchObject({
      status: 'active',
      mayManageAgents: true,
    });

    expect(
      await refusal(
        s.enterprise.addAgent(
          { agent: holderOf(liuYang), validFrom: '2025-06-01', validUntil: '2026-06-01', mayManageAgents: false, initialPassword: AGENT_PASSWORD },
          ctx,
        ),
      ),
    ).toEqual({
      code: 'AGENT_NOT_REGISTERED',
      field: 'agent.idNumber',
    });
    expect(
      await refusal(
        s.enterprise.addAgent(
          {
            agent: { ...holderOf(chenJing), idNumber: '540102198504201166' },
            validFrom: '2025-06-01',
            validUntil: '2026-06-01',
            mayManageAgents: false,
            initialPassword: AGENT_PASSWORD,
          },
          ctx,
        ),
      ),
    ).toEqual({
      code: 'ID_NUMBER_CHECK_CHAR',
      field: 'agent.idNumber',
    });
    // Jilin's rules (8–16 characters, two kinds) are checked in main, on the field the renderer shows.
    expect(
      await refusal(
        s.enterprise.addAgent(
          { agent: holderOf(chenJing), validFrom: '2025-06-01', validUntil: '2026-06-01', mayManageAgents: false, initialPassword: 'Ag#1' },
          ctx,
        ),
      ),
    ).toEqual({ code: 'PASSWORD_LENGTH', field: 'initialPassword' });
    expect(
      await refusal(
        s.enterprise.addAgent(
          { agent: holderOf(chenJing), validFrom: '2025-06-01', validUntil: '2026-06-01', mayManageAgents: false, initialPassword: 'abcdefghij' },
          ctx,
        ),
      ),
    ).toEqual({ code: 'PASSWORD_KINDS', field: 'initialPassword' });
    const added = await s.enterprise.addAgent(
      { agent: holderOf(chenJing), validFrom: '2025-06-01', validUntil: '2026-06-01', mayManageAgents: false, initialPassword: AGENT_PASSWORD },
      ctx,
    );
    expect(added).toMatchObject({ maskedName: '陈*', status: 'active', validUntil: '2026-06-01' });
    // The server received the password sealed and kept its hash: the one typed verifies, another does not.
    const db = new Database(h.dbPath, { readonly: true });
    const stored = db.prepare('SELECT password_hash FROM agents WHERE agent_id = ?').get(added.agentId) as { password_hash: string };
    db.close();
    await expect(verifyPassword(AGENT_PASSWORD, stored.password_hash)).resolves.toBe(true);
    await expect(verifyPassword('Agent#2026', stored.password_hash)).resolves.toBe(false);

    s.endSession();
    expect(
      await refusal(s.enterprise.approveAgent({ agentId: 'G-SEED-LIXIUYING', validFrom: '2025-06-01', validUntil: '2026-06-01', mayManageAgents: false }, ctx)),
    ).toMatchObject({
      code: 'person.stepMissing',
    });
  });

  it('signs in by QR: demo confirm stands in for the app; only the legal representative may change agents', async () => {
    const live = setup(h);
    await live.enterprise.qrStart({}, ctx);
    expect(await refusal(live.enterprise.qrDemoConfirm({ idNumber: zhangWei.idNumber }, ctx))).toMatchObject({ code: 'bridge.notAllowed' });

    const s = setup(h, { demo: true });
    expect(await refusal(s.enterprise.qrPoll(undefined, ctx))).toMatchObject({ code: 'person.stepMissing' });
    expect(await refusal(s.enterprise.qrStart({ appId: 'alipay' }, ctx))).toEqual({ code: 'QR_APP_UNKNOWN', field: 'appId' });
    const started = await s.enterprise.qrStart({}, ctx);
    expect(started).toMatchObject({ status: 'pending', appName: '吉事办', maskedName: null, qrPayload: expect.stringContaining(started.sessionId) });
    expect(await refusal(s.enterprise.agentsSignIn({ uscc: enterprises.changbaishan.uscc, proof: { kind: 'qr' } }, ctx))).toEqual({
      code: 'person.stepMissing',
      field: 'proof',
    });
    expect(await refusal(s.enterprise.qrDemoConfirm({ idNumber: liuYang.idNumber }, ctx))).toMatchObject({ code: 'ACCOUNT_NOT_FOUND' });

    // 陈静 confirms: signed in, but not the legal representative of 长白山科技.
    await s.enterprise.qrDemoConfirm({ idNumber: chenJing.idNumber }, ctx);
    expect(await s.enterprise.qrPoll(undefined, ctx)).toMatchObject({ status: 'confirmed', maskedName: '陈*' });
    // Refused at the sign-in itself now: 陈静 is neither the legal representative nor an agent.
    expect(await refusal(s.enterprise.agentsSignIn({ uscc: enterprises.changbaishan.uscc, proof: { kind: 'qr' } }, ctx))).toEqual({
      code: 'QR_SIGN_IN_REQUIRED',
      field: 'proof',
    });
    expect(
      await refusal(s.enterprise.approveAgent({ agentId: 'G-SEED-LIXIUYING', validFrom: '2025-06-01', validUntil: '2026-06-01', mayManageAgents: false }, ctx)),
    ).toMatchObject({
      code: 'person.stepMissing',
    });

    // 张伟 confirms a new session and approves.
    await s.enterprise.qrStart({ appId: 'jishiban' }, ctx);
    await s.enterprise.qrDemoConfirm({ idNumber: zhangWei.idNumber }, ctx);
    expect(await s.enterprise.qrPoll(undefined, ctx)).toMatchObject({ status: 'confirmed', maskedName: '张*' });
    const signedIn = await s.enterprise.agentsSignIn({ uscc: enterprises.changbaishan.uscc, proof: { kind: 'qr' } }, ctx);
    // An agent who may manage agents proved who they are: the enterprise's name shows in full.
    expect(signedIn.enterpriseName).toBe(enterprises.changbaishan.enterpriseName);
    expect(
      await s.enterprise.approveAgent({ agentId: 'G-SEED-LIXIUYING', validFrom: '2025-06-01', validUntil: '2026-06-01', mayManageAgents: false }, ctx),
    ).toMatchObject({ status: 'active' });

    // An unconfirmed session expires after two minutes.
    await s.enterprise.qrStart({}, ctx);
    h.advance(2 * 60_000 + 1);
    expect(await s.enterprise.qrPoll(undefined, ctx)).toMatchObject({ status: 'expired' });
    expect(await refusal(s.enterprise.qrDemoConfirm({ idNumber: zhangWei.idNumber }, ctx))).toMatchObject({ code: 'QR_SESSION_EXPIRED' });
  });
});
