import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, startHarness, type Harness } from '../../../identity-api/harness';
import { matchedFace, people } from './flows';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  // Every answer, refusals included, matched its schema in the OpenAPI document.
  expect(h.validator.failures).toEqual([]);
  expect(h.validator.checked()).toBeGreaterThan(10);
  await h.close();
});

const holder = (p: { name: string; idNumber: string }) => ({ name: p.name, idType: 'resident_id' as const, idNumber: p.idNumber });

async function zhangWeiAccount(): Promise<string> {
  const summary = await h.client.send('lookupAccount', { body: { by: 'id_number', value: people.zhangWei.idNumber, name: people.zhangWei.name } });
  return summary.accountId;
}

describe('relatives of a person account', () => {
  it('binds an adult with both faces and a child with the holder’s alone, lists them masked, removes one', async () => {
    const accountId = await zhangWeiAccount();
    expect(await h.client.send('listRelatives', { params: { accountId } })).toEqual({ relatives: [] });
    const faceVerificationId = await matchedFace(h, people.zhangWei.name, people.zhangWei.idNumber);
    const adult = await h.client.send('bindRelative', {
      params: { accountId },
      body: {
        relation: 'sibling',
        relative: holder(people.liuYang),
        faceVerificationId,
        relativeFaceVerificationId: await matchedFace(h, people.liuYang.name, people.liuYang.idNumber),
      },
    });
    expect(adult).toMatchObject({ relation: 'sibling', maskedName: '刘*', idType: 'resident_id', maskedIdNumber: '350***********3314' });
    await h.client.send('bindRelative', { params: { accountId }, body: { relation: 'child', relative: holder(people.wangXiaoming), faceVerificationId } });
    const listed = await h.client.send('listRelatives', { params: { accountId } });
    expect(listed.relatives.map((r) => [r.relation, r.maskedName])).toEqual([
      ['sibling', '刘*'],
      ['child', '王**'],
    ]);
    expect(JSON.stringify(listed)).not.toContain(people.liuYang.idNumber);

    await expect(h.client.send('removeRelative', { params: { accountId }, body: { bindingId: adult.bindingId, faceVerificationId } })).resolves.toEqual({
      bindingId: adult.bindingId,
    });
    expect((await h.client.send('listRelatives', { params: { accountId } })).relatives.map((r) => r.relation)).toEqual(['child']);
    expect(
      await failure(() => h.client.send('removeRelative', { params: { accountId }, body: { bindingId: adult.bindingId, faceVerificationId } })),
    ).toMatchObject({ kind: 'rejected', code: 'RELATIVE_NOT_FOUND', field: 'bindingId' });
  });

  it('refuses the holder themselves, a second binding of the same person and an adult without their face', async () => {
    const accountId = await zhangWeiAccount();
    const faceVerificationId = await matchedFace(h, people.zhangWei.name, people.zhangWei.idNumber);
    const bind = (relative: ReturnType<typeof holder>, relativeFaceVerificationId?: string) =>
      failure(() =>
        h.client.send('bindRelative', {
          params: { accountId },
          body: { relation: 'parent', relative, faceVerificationId, ...(relativeFaceVerificationId ? { relativeFaceVerificationId } : {}) },
        }),
      );
    expect(await bind(holder(people.zhangWei), faceVerificationId)).toMatchObject({ code: 'RELATIVE_IS_SELF', field: 'relative.idNumber' });
    expect(await bind(holder(people.liXiuying))).toMatchObject({ code: 'FACE_VERIFICATION_REQUIRED', field: 'relativeFaceVerificationId' });
    expect(await bind(holder(people.liXiuying), faceVerificationId)).toMatchObject({ code: 'FACE_NOT_MATCHED', field: 'relativeFaceVerificationId' });
    const herFace = await matchedFace(h, people.liXiuying.name, people.liXiuying.idNumber);
    await h.client.send('bindRelative', {
      params: { accountId },
      body: { relation: 'parent', relative: holder(people.liXiuying), faceVerificationId, relativeFaceVerificationId: herFace },
    });
    expect(await bind(holder(people.liXiuying), herFace)).toMatchObject({ code: 'RELATIVE_ALREADY_BOUND', field: 'relative.idNumber' });
  });

  it('needs the holder’s own matched face and a person account', async () => {
    const accountId = await zhangWeiAccount();
    const someoneElse = await matchedFace(h, people.liuYang.name, people.liuYang.idNumber);
    expect(
      await failure(() =>
        h.client.send('bindRelative', {
          params: { accountId },
          body: { relation: 'child', relative: holder(people.wangXiaoming), faceVerificationId: someoneElse },
        }),
      ),
    ).toMatchObject({ code: 'FACE_NOT_MATCHED', field: 'faceVerificationId' });
    expect(await failure(() => h.client.send('listRelatives', { params: { accountId: 'acct-none' } }))).toMatchObject({ code: 'ACCOUNT_NOT_FOUND' });
  });
});
