import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, startHarness, type Harness } from '../../../identity-api/harness';
import { people } from './flows';

/** The registry's legal representative asked right after the card read, client against the reference server. */

const MINJIANG = '91350100MA2Y7FQ5RU';
const UNKNOWN = '91220102MA0Y3CD4E3';
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
