import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, startHarness, type Harness } from '../../../identity-api/harness';
import { matchedFace, people, verifiedSms } from './flows';

/** The registry's legal representative asked right after the card read, and the enterprise phone change, client against the reference server. */

const MINJIANG = '91350100MA2Y7FQ5RU';
const UNKNOWN = '91220102MA0Y3CD4E3';
const CHANGBAISHAN = '91220101MA0Y1JK2XY';
const holder = (p: { name: string; idNumber: string }) => ({ name: p.name, idType: 'resident_id' as const, idNumber: p.idNumber });

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ province: 'jilin' });
});
afterAll(async () => {
  expect(h.validator.failures).toEqual([]);
  expect(h.validator.checked()).toBeGreaterThan(3);
  await h.close();
});

describe('checkLegalRepresentative', () => {
  it('matches the registry’s legal representative, refuses another person, has no answer for an unknown USCC', async () => {
    const check = (uscc: string, p: { name: string; idNumber: string }) =>
      h.client.send('checkLegalRepresentative', { body: { uscc, legalRepresentative: holder(p) } });
    await expect(check(MINJIANG, people.liuYang)).resolves.toEqual({ inRegistry: true, match: true });
    await expect(check(MINJIANG.toLowerCase(), people.liuYang)).resolves.toEqual({ inRegistry: true, match: true });
    await expect(check(MINJIANG, people.zhaoQiang)).resolves.toEqual({ inRegistry: true, match: false });
    // The right name with another ID number is not the legal representative either.
    await expect(check(MINJIANG, { name: people.liuYang.name, idNumber: people.zhaoQiang.idNumber })).resolves.toEqual({ inRegistry: true, match: false });
    await expect(check(UNKNOWN, people.liuYang)).resolves.toEqual({ inRegistry: false, match: null });
  });

  it('refuses a USCC or ID number with a wrong check character, at its field', async () => {
    expect(
      await failure(() => h.client.send('checkLegalRepresentative', { body: { uscc: '91350100MA2Y7FQ5RT', legalRepresentative: holder(people.liuYang) } })),
    ).toMatchObject({ code: 'USCC_CHECK_CHAR', field: 'uscc' });
    expect(
      await failure(() =>
        h.client.send('checkLegalRepresentative', {
          body: { uscc: MINJIANG, legalRepresentative: { ...holder(people.liuYang), idNumber: '350102199209053315' } },
        }),
      ),
    ).toMatchObject({ code: 'ID_NUMBER_CHECK_CHAR', field: 'legalRepresentative.idNumber' });
  });
});

describe('changeEnterprisePhone', () => {
  it('binds a new phone with the legal representative’s face and the new phone’s code; refuses a stranger and a bound phone', async () => {
    const face = await matchedFace(h, people.zhangWei.name, people.zhangWei.idNumber);
    const code = await verifiedSms(h, 'phone_change', '13600003333');
    const body = { uscc: CHANGBAISHAN, legalRepresentative: holder(people.zhangWei), faceVerificationId: face, newPhone: '13600003333', smsChallengeId: code };
    expect(await failure(() => h.client.send('changeEnterprisePhone', { body: { ...body, legalRepresentative: holder(people.liXiuying) } }))).toMatchObject({
      code: 'LEGAL_REPRESENTATIVE_MISMATCH',
    });
    expect(await failure(() => h.client.send('changeEnterprisePhone', { body: { ...body, newPhone: people.chenJing.phone } }))).toMatchObject({
      code: 'PHONE_ALREADY_BOUND',
      field: 'newPhone',
    });
    expect(await h.client.send('changeEnterprisePhone', { body })).toEqual({ accountId: 'E-CHANGBAISHAN', maskedPhone: '136****3333' });
  });
});
