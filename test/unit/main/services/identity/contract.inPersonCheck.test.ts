import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, startHarness, type Harness } from '../../../identity-api/harness';
import { people, verifiedSms } from './flows';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  expect(h.validator.failures).toEqual([]);
  await h.close();
});

describe('registration checked in person by counter staff', () => {
  it('needs a face or a clerk’s in-person check, and the latter leaves the real-name level at 2', async () => {
    const body = {
      accountName: 'zhaoqiang75',
      password: await h.client.seal('Kiosk#2025'),
      identity: { name: people.zhaoQiang.name, idType: 'resident_id' as const, idNumber: people.zhaoQiang.idNumber, validity: people.zhaoQiang.validity },
      phone: '13600000099',
      smsChallengeId: await verifiedSms(h, 'person_registration', '13600000099'),
      agreementVersion: '2024.1',
    };
    expect(await failure(() => h.client.registerPerson(body))).toMatchObject({ code: 'FACE_VERIFICATION_REQUIRED', field: 'faceVerificationId' });
    const account = await h.client.registerPerson({ ...body, inPersonCheck: { staffId: 'S001', attestationId: 'a5b6c7d8-0000-4000-8000-000000000001' } });
    expect(account).toMatchObject({ status: 'active', realNameLevel: 2 });
  });
});
