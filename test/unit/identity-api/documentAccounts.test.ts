import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure, JPEG_CAPTURE, LIVE, startHarness, type Harness } from './harness';

/** A person account belongs to a document type plus its number; lookups name both. */
describe('accounts by document type and number', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ province: 'jilin' });
  });
  afterEach(async () => {
    expect(h.validator.failures).toEqual([]);
    await h.close();
  });

  async function registerWith(identity: { name: string; idType: 'passport' | 'hk_macau_travel_permit'; idNumber: string }, phone: string) {
    h.advance(61_000);
    const sms = await h.client.createSmsChallenge({ purpose: 'person_registration', target: { kind: 'phone', phone } });
    await h.client.verifySmsChallenge(sms.challengeId, h.smsCode(phone));
    const face = await h.client.verifyFace({ subject: identity, capture: JPEG_CAPTURE, liveness: LIVE }, `face-${phone}`);
    return h.client.registerPerson({
      password: await h.client.seal('Kiosk#2025a'),
      accountName: `p${phone}`,
      identity: { ...identity, validity: { start: '2022-05-01', end: '2032-04-30' } },
      phone,
      smsChallengeId: sms.challengeId,
      faceVerificationId: face.verificationId,
      agreementVersion: '2024.1',
    });
  }

  it('keeps a passport and a travel permit with the same number apart, and finds each by its type', async () => {
    const passport = await registerWith({ name: 'Jean·Pierre Dupont', idType: 'passport', idNumber: 'H12345678' }, '13612349901');
    const permit = await registerWith({ name: '杜邦', idType: 'hk_macau_travel_permit', idNumber: 'H12345678' }, '13612349902');
    expect(permit.accountId).not.toBe(passport.accountId);
    const byPassport = await h.client.lookupAccount({ by: 'id_number', idType: 'passport', value: 'h12345678' });
    expect(byPassport).toMatchObject({ accountId: passport.accountId, maskedName: 'J*****************' });
    const byPermit = await h.client.lookupAccount({ by: 'id_number', idType: 'hk_macau_travel_permit', value: 'H12345678', name: '杜邦' });
    expect(byPermit.accountId).toBe(permit.accountId);
    expect(await failure(() => h.client.lookupAccount({ by: 'id_number', idType: 'taiwan_travel_permit', value: '12345678' }))).toMatchObject({
      code: 'ACCOUNT_NOT_FOUND',
      field: 'lookup.value',
    });
  });

  it('finds the seeded HK residence permit holder by type; a number without a type is read as a resident card number', async () => {
    const found = await h.client.lookupAccount({ by: 'id_number', idType: 'hmt_residence_permit', value: '810000199106180014', name: '陈家明' });
    expect(found).toMatchObject({ accountId: 'P-CHENJIAMING', maskedPhone: '136****0008' });
    expect(await failure(() => h.client.lookupAccount({ by: 'id_number', value: '810000199106180014' }))).toMatchObject({ code: 'ACCOUNT_NOT_FOUND' });
    expect(await failure(() => h.client.lookupAccount({ by: 'id_number', value: 'DEU220088040001' }))).toMatchObject({
      code: 'ID_NUMBER_LENGTH',
      field: 'lookup.value',
    });
    expect(await failure(() => h.client.lookupAccount({ by: 'id_number', idType: 'foreign_permanent_resident_id', value: 'DE220088040001' }))).toMatchObject({
      code: 'DOCUMENT_NUMBER_FORMAT',
    });
  });

  it('the database keys person accounts by document type and number', () => {
    const db = new Database(h.dbPath, { readonly: true });
    const index = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'accounts_person_document'`).get() as { sql: string };
    expect(index.sql).toContain('(id_type, id_number)');
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'accounts_person_id'`).get()).toBeUndefined();
    db.close();
  });
});
