import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, JPEG_CAPTURE, LIVE, startHarness, type Harness } from '../../../identity-api/harness';
import { matchedFace, people, verifiedSms } from './flows';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  expect(h.validator.failures).toEqual([]);
  expect(h.validator.checked()).toBeGreaterThan(20);
  await h.close();
});

describe('SMS challenges', () => {
  it('sends to a phone, refuses a wrong code with attempts left, then verifies', async () => {
    h.advance(61_000);
    const challenge = await h.client.createSmsChallenge({ purpose: 'person_registration', target: { kind: 'phone', phone: '13600000001' } });
    expect(challenge).toMatchObject({ maskedPhone: '136****0001', attemptsLeft: 5, resendAfterSeconds: 60 });
    const wrong = await failure(() => h.client.verifySmsChallenge(challenge.challengeId, '000000' === h.smsCode('13600000001') ? '111111' : '000000'));
    expect(wrong).toMatchObject({ kind: 'rejected', code: 'SMS_CODE_WRONG', field: 'code', details: { attemptsLeft: 4 } });
    await expect(h.client.verifySmsChallenge(challenge.challengeId, h.smsCode('13600000001'))).resolves.toEqual({
      challengeId: challenge.challengeId,
      verified: true,
    });
    await expect(h.client.verifySmsChallenge(challenge.challengeId, h.smsCode('13600000001'))).resolves.toMatchObject({ verified: true });
    expect(await failure(() => h.client.verifySmsChallenge(challenge.challengeId, h.smsCode('13600000001') === '000000' ? '111111' : '000000'))).toMatchObject({
      code: 'SMS_CODE_WRONG',
    });
  });

  it('delivers the code to the dev outbox endpoint too', async () => {
    const res = await fetch(`${h.server.url}/dev/sms?phone=13600000001`);
    expect(await res.json()).toMatchObject({ phone: '13600000001', code: h.smsCode('13600000001') });
  });

  it('refuses a resend within the interval with Retry-After', async () => {
    h.advance(61_000);
    await h.client.createSmsChallenge({ purpose: 'appeal', target: { kind: 'phone', phone: '13600000002' } });
    const error = await failure(() => h.client.createSmsChallenge({ purpose: 'appeal', target: { kind: 'phone', phone: '13600000002' } }));
    expect(error).toMatchObject({ kind: 'retryable', code: 'SMS_RESEND_TOO_SOON', details: { status: 429, retryAfterMs: 60_000 } });
  });

  it('expires codes and locks after too many wrong ones', async () => {
    h.advance(61_000);
    const expiring = await h.client.createSmsChallenge({ purpose: 'appeal', target: { kind: 'phone', phone: '13600000003' } });
    h.advance(5 * 60_000 + 1);
    expect(await failure(() => h.client.verifySmsChallenge(expiring.challengeId, h.smsCode('13600000003')))).toMatchObject({
      code: 'SMS_CODE_EXPIRED',
      field: 'code',
    });

    const locked = await h.client.createSmsChallenge({ purpose: 'appeal', target: { kind: 'phone', phone: '13600000003' } });
    const bad = h.smsCode('13600000003') === '999999' ? '888888' : '999999';
    for (let left = 4; left >= 0; left--) {
      expect(await failure(() => h.client.verifySmsChallenge(locked.challengeId, bad))).toMatchObject({ details: { attemptsLeft: left } });
    }
    expect(await failure(() => h.client.verifySmsChallenge(locked.challengeId, h.smsCode('13600000003')))).toMatchObject({ code: 'SMS_ATTEMPTS_EXHAUSTED' });
  });

  it("sends to an account's reserved phone, shown masked, and refuses unknown accounts", async () => {
    h.advance(61_000);
    const challenge = await h.client.createSmsChallenge({
      purpose: 'password_reset',
      target: { kind: 'account', account: { by: 'id_number', value: people.zhangWei.idNumber } },
    });
    expect(challenge.maskedPhone).toBe('138****0001');
    const unknown = await failure(() =>
      h.client.createSmsChallenge({ purpose: 'password_reset', target: { kind: 'account', account: { by: 'id_number', value: people.liuYang.idNumber } } }),
    );
    expect(unknown).toMatchObject({ kind: 'rejected', code: 'ACCOUNT_NOT_FOUND', field: 'target.account.value' });
  });

  it('refuses to bind a phone that already belongs to an account', async () => {
    h.advance(61_000);
    const error = await failure(() => h.client.createSmsChallenge({ purpose: 'person_registration', target: { kind: 'phone', phone: people.chenJing.phone } }));
    expect(error).toMatchObject({ kind: 'rejected', code: 'PHONE_ALREADY_BOUND', field: 'target.phone' });
  });
});

describe('real-name check and account lookup', () => {
  it('matches a name to an ID number and refuses a wrong check character', async () => {
    await expect(h.client.checkRealName({ name: '张伟', idType: 'resident_id', idNumber: people.zhangWei.idNumber })).resolves.toEqual({ match: true });
    await expect(h.client.checkRealName({ name: '张三', idType: 'resident_id', idNumber: people.zhangWei.idNumber })).resolves.toEqual({ match: false });
    const error = await failure(() => h.client.checkRealName({ name: '张伟', idType: 'resident_id', idNumber: '110105199003071238' }));
    expect(error).toMatchObject({ kind: 'rejected', code: 'ID_NUMBER_CHECK_CHAR', field: 'subject.idNumber' });
  });

  it('finds accounts with masked phone, status and real-name level', async () => {
    const zhang = await h.client.lookupAccount({ by: 'id_number', value: people.zhangWei.idNumber, name: '张伟' });
    expect(zhang).toMatchObject({ accountId: 'P-ZHANGWEI', maskedName: '张*', maskedPhone: '138****0001', status: 'active', realNameLevel: 3 });
    const pending = await h.client.lookupAccount({ by: 'uscc', value: '91540100MA6T3LW8PC' });
    expect(pending).toMatchObject({ kind: 'enterprise', status: 'pending_activation' });
    expect(await failure(() => h.client.lookupAccount({ by: 'account_name', value: 'nobody' }))).toMatchObject({
      code: 'ACCOUNT_NOT_FOUND',
      field: 'lookup.value',
    });
    expect(await failure(() => h.client.lookupAccount({ by: 'id_number', value: people.zhangWei.idNumber, name: '张三' }))).toMatchObject({
      code: 'NAME_MISMATCH',
      field: 'lookup.name',
    });
    expect(await failure(() => h.client.lookupAccount({ by: 'uscc', value: '91540100MA6T3LW8PD' }))).toMatchObject({
      code: 'USCC_CHECK_CHAR',
      field: 'lookup.value',
    });
  });
});

describe('face verification', () => {
  const subject = { name: people.liuYang.name, idType: 'resident_id' as const, idNumber: people.liuYang.idNumber };

  it('decides by the documented rule', async () => {
    const key = () => crypto.randomUUID();
    expect((await h.client.verifyFace({ subject, capture: JPEG_CAPTURE, liveness: LIVE }, key())).result).toBe('match');
    expect((await h.client.verifyFace({ subject, capture: JPEG_CAPTURE, liveness: { score: 0.4, actions: ['blink', 'nod'] } }, key())).result).toBe(
      'liveness_failed',
    );
    expect((await h.client.verifyFace({ subject, capture: JPEG_CAPTURE, liveness: { score: 0.9, actions: ['blink'] } }, key())).result).toBe('liveness_failed');
    const chen = { name: people.chenJing.name, idType: 'resident_id' as const, idNumber: people.chenJing.idNumber };
    expect((await h.client.verifyFace({ subject: chen, capture: JPEG_CAPTURE, liveness: LIVE }, key())).result).toBe('no_match');
    const png = await failure(() => h.client.verifyFace({ subject, capture: { ...JPEG_CAPTURE, contentType: 'image/png' }, liveness: LIVE }, key()));
    expect(png).toMatchObject({ code: 'CAPTURE_INVALID', field: 'capture.data' });
  });
});

describe('natural-person registration', () => {
  async function registration(
    person: { name: string; idNumber: string; validity?: { start: string; end: string } },
    phone: string,
    accountName: string,
    face = true,
  ) {
    const smsChallengeId = await verifiedSms(h, 'person_registration', phone);
    return {
      accountName,
      password: await h.client.seal('Kiosk#2025'),
      identity: { name: person.name, idType: 'resident_id' as const, idNumber: person.idNumber, validity: person.validity },
      phone,
      smsChallengeId,
      faceVerificationId: face ? await matchedFace(h, person.name, person.idNumber) : undefined,
      agreementVersion: '2024.1',
    };
  }

  it('registers once for a retried key, and refuses the key with another body', async () => {
    const body = await registration(people.liuYang, '13600000010', 'liuyang92');
    const first = await h.client.registerPerson(body, { idempotencyKey: 'reg-liuyang' });
    expect(first).toMatchObject({ accountName: 'liuyang92', status: 'active', realNameLevel: 3 });
    await expect(h.client.registerPerson(body, { idempotencyKey: 'reg-liuyang' })).resolves.toEqual(first);
    const reused = await failure(() => h.client.registerPerson({ ...body, accountName: 'liuyang93' }, { idempotencyKey: 'reg-liuyang' }));
    expect(reused).toMatchObject({ kind: 'rejected', code: 'IDEMPOTENCY_KEY_REUSED' });
    const again = await failure(() => h.client.registerPerson(body));
    expect(again).toMatchObject({ code: 'ID_NUMBER_ALREADY_REGISTERED', field: 'identity.idNumber' });
  });

  it('registers an under-16 without validity dates or face, and a minority name with a middle dot', async () => {
    const minor = await h.client.registerPerson(await registration(people.wangXiaoming, '13600000011', 'wangxm2013', false));
    expect(minor.realNameLevel).toBe(2);
    await expect(h.client.registerPerson(await registration(people.ayigul, '13600000012', 'ayigul98'))).resolves.toMatchObject({ status: 'active' });
  });

  it('refuses by the province policy and the same common/ rules the kiosk uses', async () => {
    const body = await registration(people.zhaoQiang, '13600000013', 'zhaoqiang75');
    const weak = await failure(async () => h.client.registerPerson({ ...body, password: await h.client.seal('abcdefgh') }));
    expect(weak).toMatchObject({ kind: 'rejected', code: 'PASSWORD_KINDS', field: 'password' });
    expect(await failure(() => h.client.registerPerson({ ...body, accountName: '9zhaoqiang' }))).toMatchObject({
      code: 'ACCOUNT_NAME_START',
      field: 'accountName',
    });
    const badCheck = { ...body.identity, idNumber: '220104197503104518' };
    expect(await failure(() => h.client.registerPerson({ ...body, identity: badCheck }))).toMatchObject({
      code: 'ID_NUMBER_CHECK_CHAR',
      field: 'identity.idNumber',
    });
    const badValidity = { ...body.identity, validity: { start: '2005-04-01', end: '2025-04-01' } };
    expect(await failure(() => h.client.registerPerson({ ...body, identity: badValidity }))).toMatchObject({
      code: 'VALIDITY_EXPIRED',
      field: 'identity.validity',
    });
    expect(await failure(() => h.client.registerPerson({ ...body, identity: { ...body.identity, name: '赵刚' } }))).toMatchObject({
      code: 'REAL_NAME_MISMATCH',
    });
    expect(await failure(() => h.client.registerPerson({ ...body, faceVerificationId: undefined }))).toMatchObject({ code: 'FACE_VERIFICATION_REQUIRED' });
    expect(await failure(() => h.client.registerPerson({ ...body, phone: '13600000014' }))).toMatchObject({
      code: 'SMS_NOT_VERIFIED',
      field: 'smsChallengeId',
    });
    expect(await failure(() => h.client.registerPerson({ ...body, accountName: 'zhangwei01' }))).toMatchObject({ code: 'ACCOUNT_NAME_TAKEN' });
    expect(await failure(() => h.client.registerPerson({ ...body, phone: 'x' }))).toMatchObject({ code: 'PHONE_INVALID', field: 'phone' });
  });
});

describe('enterprises', () => {
  it('registers an enterprise the registry knows as active, an unknown one pending activation', async () => {
    const smsChallengeId = await verifiedSms(h, 'enterprise_registration', '13600000020');
    const faceVerificationId = await matchedFace(h, people.liuYang.name, people.liuYang.idNumber);
    const body = {
      enterpriseName: '福州闽江食品有限公司',
      uscc: '91350100MA2Y7FQ5RU',
      legalEntityType: 'company' as const,
      accountName: 'minjiang',
      password: await h.client.seal('Kiosk#2025'),
      legalRepresentative: {
        name: people.liuYang.name,
        idType: 'resident_id' as const,
        idNumber: people.liuYang.idNumber,
        validity: people.liuYang.validity,
        phone: '13600000020',
      },
      smsChallengeId,
      faceVerificationId,
    };
    expect(await failure(() => h.client.registerEnterprise({ ...body, uscc: '91350100MA2Y7FQ5RT' }))).toMatchObject({ code: 'USCC_CHECK_CHAR', field: 'uscc' });
    await expect(h.client.registerEnterprise(body)).resolves.toMatchObject({ status: 'active' });
    const pending = await h.client.registerEnterprise({ ...body, enterpriseName: '新公司', uscc: '91350100MA2Y7FQ6X9', accountName: 'xingongsi' });
    expect(pending.status).toBe('pending_activation');
  });

  it('activates a pending enterprise after SMS to the legal representative', async () => {
    const smsChallengeId = await verifiedSms(h, 'enterprise_activation', people.liXiuying.phone, { by: 'uscc', value: '91540100MA6T3LW8PC' });
    const activated = await h.client.activateEnterprise({
      uscc: '91540100MA6T3LW8PC',
      legalRepresentative: { name: people.liXiuying.name, idType: 'resident_id', idNumber: people.liXiuying.idNumber },
      smsChallengeId,
      accountName: 'xueyu2024',
      password: await h.client.seal('Kiosk#2025'),
    });
    expect(activated).toMatchObject({ accountId: 'E-XUEYU', status: 'active' });
  });
});

describe('credentials and agreements', () => {
  it("resets a natural person's password after SMS to the reserved phone", async () => {
    const smsChallengeId = await verifiedSms(h, 'password_reset', people.zhangWei.phone, { by: 'id_number', value: people.zhangWei.idNumber });
    const account = { kind: 'person' as const, holder: { name: '张伟', idType: 'resident_id' as const, idNumber: people.zhangWei.idNumber } };
    await expect(h.client.resetPassword({ account, proof: { smsChallengeId }, newPassword: await h.client.seal('NewPass#2025') })).resolves.toEqual({
      accountId: 'P-ZHANGWEI',
    });
    const faceOnly = await failure(async () =>
      h.client.resetPassword({ account, proof: { faceVerificationId: 'face-x' }, newPassword: await h.client.seal('NewPass#2025') }),
    );
    expect(faceOnly).toMatchObject({ code: 'VERIFICATION_REQUIRED', field: 'proof.smsChallengeId' });
    const unknown = { kind: 'person' as const, holder: { name: '赵强', idType: 'resident_id' as const, idNumber: people.zhaoQiang.idNumber } };
    expect(
      await failure(async () => h.client.resetPassword({ account: unknown, proof: { smsChallengeId }, newPassword: await h.client.seal('NewPass#2025') })),
    ).toMatchObject({
      code: 'ACCOUNT_NOT_FOUND',
      field: 'account.holder.idNumber',
    });
  });

  it('resets an enterprise password by legal account and legal representative', async () => {
    const smsChallengeId = await verifiedSms(h, 'password_reset', people.zhangWei.phone, { by: 'uscc', value: '91220101MA0Y1JK2XY' });
    const reset = await h.client.resetPassword({
      account: {
        kind: 'enterprise',
        enterprise: { by: 'account_name', value: 'cbskeji' },
        legalRepresentative: { name: '张伟', idType: 'resident_id', idNumber: people.zhangWei.idNumber },
      },
      proof: { smsChallengeId },
      newPassword: await h.client.seal('NewPass#2025'),
    });
    expect(reset).toEqual({ accountId: 'E-CHANGBAISHAN' });
  });

  it('changes the reserved phone after face verification, never to a bound phone', async () => {
    const holder = { name: '张伟', idType: 'resident_id' as const, idNumber: people.zhangWei.idNumber };
    const smsChallengeId = await verifiedSms(h, 'phone_change', '13600000030');
    const faceVerificationId = await matchedFace(h, '张伟', people.zhangWei.idNumber);
    await expect(h.client.changePhone({ holder, faceVerificationId, newPhone: '13600000030', smsChallengeId })).resolves.toEqual({
      accountId: 'P-ZHANGWEI',
      maskedPhone: '136****0030',
    });
    const bound = await failure(() => h.client.changePhone({ holder, faceVerificationId, newPhone: people.chenJing.phone, smsChallengeId }));
    expect(bound).toMatchObject({ code: 'PHONE_ALREADY_BOUND', field: 'newPhone' });
  });

  it('shows and signs the current agreement, and upgrades the real-name level with a face', async () => {
    await expect(h.client.getAgreementStatus('P-LIXIUYING')).resolves.toEqual({ currentVersion: '2024.1', signedVersion: '2022.1', needsSigning: true });
    const smsChallengeId = await verifiedSms(h, 'agreement_signing', people.liXiuying.phone, { by: 'id_number', value: people.liXiuying.idNumber });
    await expect(h.client.signAgreement('P-LIXIUYING', { version: '2024.1', proof: { smsChallengeId } })).resolves.toMatchObject({ signedVersion: '2024.1' });
    await expect(h.client.getAgreementStatus('P-LIXIUYING')).resolves.toMatchObject({ needsSigning: false });
    const faceVerificationId = await matchedFace(h, people.liXiuying.name, people.liXiuying.idNumber);
    await expect(h.client.upgradeRealName('P-LIXIUYING', { faceVerificationId })).resolves.toEqual({ realNameLevel: 3 });
    expect(await failure(() => h.client.getAgreementStatus('P-NOBODY'))).toMatchObject({ code: 'ACCOUNT_NOT_FOUND' });
  });
});
