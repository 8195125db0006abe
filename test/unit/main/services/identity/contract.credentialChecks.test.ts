import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_PASSWORD } from '../../../../../identity-api/seed';
import { failure, startHarness, type Harness } from '../../../identity-api/harness';
import { matchedFace, people, verifiedSms } from './flows';

/** Every answer below is also checked against docs/identity-api.openapi.yaml by the harness's validator. */
let h: Harness;
afterEach(async () => {
  expect(h.validator.failures).toEqual([]);
  await h.close();
});

describe('checkAccountName (POST /v1/account-name-checks)', () => {
  beforeEach(async () => {
    h = await startHarness({ province: 'jilin' });
  });

  it('answers whether a name that keeps the rules is free, and refuses one that does not', async () => {
    expect(await h.client.send('checkAccountName', { body: { accountName: 'liuyang92' } })).toEqual({ available: true });
    expect(await h.client.send('checkAccountName', { body: { accountName: 'zhangwei01' } })).toEqual({ available: false });
    expect(await failure(() => h.client.send('checkAccountName', { body: { accountName: '9liuyang' } }))).toMatchObject({
      kind: 'rejected',
      code: 'ACCOUNT_NAME_START',
      field: 'accountName',
    });
    expect(h.validator.checked()).toBeGreaterThanOrEqual(3);
  });
});

describe('checkAccountName where the province has no account names', () => {
  beforeEach(async () => {
    h = await startHarness({ province: 'tibet' });
  });

  it('is refused as not offered', async () => {
    expect(await failure(() => h.client.send('checkAccountName', { body: { accountName: 'liuyang92' } }))).toMatchObject({
      code: 'ACCOUNT_NAME_NOT_OFFERED',
    });
  });
});

describe('resetPassword refuses the current password', () => {
  beforeEach(async () => {
    h = await startHarness({ province: 'jilin' });
  });

  it('PASSWORD_SAME_AS_OLD at newPassword, and a different one is taken', async () => {
    const holder = { name: people.zhangWei.name, idType: 'resident_id' as const, idNumber: people.zhangWei.idNumber };
    const reset = async (password: string) =>
      h.client.resetPassword({
        account: { kind: 'person', holder },
        proof: {
          smsChallengeId: await verifiedSms(h, 'password_reset', people.zhangWei.phone),
          faceVerificationId: await matchedFace(h, holder.name, holder.idNumber),
        },
        newPassword: await h.client.seal(password),
      });
    expect(await failure(() => reset(SEED_PASSWORD))).toMatchObject({ kind: 'rejected', code: 'PASSWORD_SAME_AS_OLD', field: 'newPassword' });
    h.advance(61_000);
    await expect(reset('Kiosk#2026b')).resolves.toMatchObject({ accountId: expect.any(String) });
    h.advance(61_000);
    expect(await failure(() => reset('Kiosk#2026b'))).toMatchObject({ code: 'PASSWORD_SAME_AS_OLD' });
  });
});
