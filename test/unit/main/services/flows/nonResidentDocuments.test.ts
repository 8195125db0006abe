import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersonHolder, PersonIdentityInput } from '../../../../../common/contract/services/personFlows';
import { cardIdentity } from '../../../../../common/domain/cardIdentity';
import { getProvinceProfile } from '../../../../../common/profiles';
import type { EventSink } from '../../../../../main/bridge/eventHub';
import { createPersonFlowHandlers } from '../../../../../main/services/flows';
import { silentLogger } from '../../../../../main/services/log/logger';
import { startHarness, type Harness } from '../../../identity-api/harness';
import { ctx, nonResidentCardRead, type NonResidentCard, liveCapture } from './cardSupport';

/** A foreign permanent resident with a 2023 card and a Chinese name (in the reference population, no account yet). */
const anna: NonResidentCard = {
  kind: 'foreign-permanent-2023',
  name: '安娜·米勒',
  englishName: 'MUELLER, ANNA MARIA',
  idNumber: '922276198804120028',
  validFrom: '2024-03-01',
  validUntil: '2034-02-28',
};
/** A 2017 card without a Chinese name: the English name is the holder's name. */
const peter: NonResidentCard = {
  kind: 'foreign-permanent-2017',
  name: '',
  englishName: 'SCHMIDT,  PETER',
  idNumber: 'DEU220088040001',
  validFrom: '2020-01-01',
  validUntil: '2030-01-01',
};
/** A Hong Kong resident's residence permit; 陈家明 has an account (P-CHENJIAMING). */
const chanKaMing: NonResidentCard = {
  kind: 'hk-macau-taiwan',
  name: '陈家明',
  idNumber: '810000199106180014',
  validFrom: '2023-03-01',
  validUntil: '2028-03-01',
};

const agreementVersions = getProvinceProfile('jilin').agreements.versions;

async function codeOf(promise: unknown): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'no error';
}

describe('non-resident documents through the person flows, against the reference identity API', () => {
  let h: Harness;
  let assisted = false;
  let sinks: EventSink[];
  let reads = 0;
  let person: ReturnType<typeof createPersonFlowHandlers>['person'];

  beforeEach(async () => {
    h = await startHarness({ province: 'jilin' });
    assisted = false;
    sinks = [];
    ({ person } = createPersonFlowHandlers({
      client: h.client,
      profile: getProvinceProfile('jilin'),
      session: { onEnd: () => () => undefined },
      events: { attach: (sink) => (sinks.push(sink), () => undefined) },
      log: silentLogger,
      clock: () => h.now(),
      assisted: () => assisted,
    }));
  });
  afterEach(async () => h.close());

  /** Lays the card on the reader; answers the identity the renderer takes from it. */
  function present(card: NonResidentCard): PersonIdentityInput {
    const read = nonResidentCardRead(card, `read-${++reads}`);
    for (const sink of sinks) sink('reader.card', read);
    return { ...cardIdentity(read.card), source: 'card', readId: read.readId };
  }
  const holderOf = (identity: PersonIdentityInput): PersonHolder => ({ name: identity.name, idType: identity.idType, idNumber: identity.idNumber });

  async function register(identity: PersonIdentityInput, phone: string, accountName: string) {
    expect(await person.checkIdentity({ identity }, ctx)).toMatchObject({ minor: false, faceRequired: true });
    h.advance(61_000);
    const sms = await person.sendSms({ purpose: 'registration', phone }, ctx);
    await person.verifySms({ challengeId: sms.challengeId, code: h.smsCode(phone) }, ctx);
    const face = await person.verifyFace({ holder: holderOf(identity), capture: await liveCapture(person) }, ctx);
    expect(face.result).toBe('match');
    return person.register(
      {
        accountName,
        password: 'Kiosk#2025a',
        identity,
        phone,
        smsChallengeId: sms.challengeId,
        faceVerificationId: face.verificationId ?? '',
        agreementVersions,
      },
      ctx,
    );
  }

  it('a foreign permanent resident (2023 card) registers, resets the password and signs in by card and face', async () => {
    const identity = present(anna);
    expect(identity).toMatchObject({ name: '安娜·米勒', idType: 'foreign_permanent_resident_id' });
    const receipt = await register(identity, '13612348801', 'annamueller');
    expect(receipt).toMatchObject({ service: 'registration', maskedName: '安****', maskedIdNumber: '922***********0028', realNameLevel: 3 });
    expect(await codeOf(person.checkIdentity({ identity: present(anna) }, ctx))).toBe('ID_NUMBER_ALREADY_REGISTERED');

    const found = await person.findAccount({ holder: holderOf(identity) }, ctx);
    expect(found).toMatchObject({ maskedPhone: '136****8801', smsRequired: true });
    h.advance(61_000);
    const sms = await person.sendSms({ purpose: 'passwordReset' }, ctx);
    await person.verifySms({ challengeId: sms.challengeId, code: h.smsCode('13612348801') }, ctx);
    const face = await person.verifyFace({ holder: holderOf(identity), capture: await liveCapture(person) }, ctx);
    const reset = await person.resetPassword(
      { newPassword: 'NewPass#2025', smsChallengeId: sms.challengeId, faceVerificationId: face.verificationId ?? '' },
      ctx,
    );
    expect(reset).toMatchObject({ service: 'passwordReset', accountName: 'annamueller' });

    const signedIn = await person.signIn({ holder: holderOf(identity), faceVerificationId: face.verificationId ?? '' }, ctx);
    expect(signedIn).toMatchObject({ accountName: 'annamueller', realNameLevel: 3 });
  });

  it('a 2017 foreigner card without a Chinese name registers under its English name, spaces as the name rule keeps them', async () => {
    const identity = present(peter);
    expect(identity).toMatchObject({ name: 'SCHMIDT, PETER', idNumber: 'DEU220088040001' });
    const receipt = await register(identity, '13612348802', 'peterschmidt');
    expect(receipt).toMatchObject({ maskedName: 'S*************', maskedIdNumber: 'DEU********0001' });
  });

  it('a HK residence permit holder finds the account, and signs in for the account services', async () => {
    const identity = present(chanKaMing);
    expect(identity.idType).toBe('hmt_residence_permit');
    expect(await person.findAccount({ holder: holderOf(identity) }, ctx)).toMatchObject({ maskedPhone: '136****0008' });
    const face = await person.verifyFace({ holder: holderOf(identity), capture: await liveCapture(person) }, ctx);
    expect(await person.signIn({ holder: holderOf(identity), faceVerificationId: face.verificationId ?? '' }, ctx)).toMatchObject({
      accountName: 'chenjiaming',
    });
    // The same number as a resident ID card would be another document: no account.
    const asResident = { ...holderOf(identity), idType: 'resident_id' as const };
    assisted = true;
    expect(await codeOf(person.findAccount({ holder: asResident }, ctx))).toBe('ACCOUNT_NOT_FOUND');
  });

  it('a passport typed by staff registers in assisted mode only; a travel permit with the same number is another account', async () => {
    const passport: PersonIdentityInput = {
      name: 'Jean·Pierre Dupont',
      idType: 'passport',
      idNumber: 'h12345678',
      validity: { start: '2022-05-01', end: '2032-04-30' },
      source: 'manual',
    };
    expect(await codeOf(person.checkIdentity({ identity: passport }, ctx))).toBe('person.manualEntryNotAllowed');
    assisted = true;
    const receipt = await register(passport, '13612348803', 'jpdupont');
    expect(receipt).toMatchObject({ maskedIdNumber: 'H12**5678', accountName: 'jpdupont' });
    expect(await codeOf(person.findAccount({ holder: { ...holderOf(passport), idNumber: 'H12345678' } }, ctx))).toBe('no error');

    const permit: PersonIdentityInput = { ...passport, name: '杜邦', idType: 'hk_macau_travel_permit', idNumber: 'H12345678' };
    expect(await codeOf(person.findAccount({ holder: holderOf(permit) }, ctx))).toBe('ACCOUNT_NOT_FOUND');
    const second = await register(permit, '13612348804', 'dupontpermit');
    expect(second.accountName).toBe('dupontpermit');
  });

  it('records the agreement versions the citizen accepted; texts no longer in force are refused before anything is registered', async () => {
    const identity = present(peter);
    h.advance(61_000);
    const sms = await person.sendSms({ purpose: 'registration', phone: '13612348805' }, ctx);
    await person.verifySms({ challengeId: sms.challengeId, code: h.smsCode('13612348805') }, ctx);
    const face = await person.verifyFace({ holder: holderOf(identity), capture: await liveCapture(person) }, ctx);
    const base = { accountName: 'peterschmidt', password: 'Kiosk#2025a', identity, phone: '13612348805', smsChallengeId: sms.challengeId };
    const stale = { ...base, faceVerificationId: face.verificationId ?? '', agreementVersions: { ...agreementVersions, privacy: '2019.1' } };
    expect(await codeOf(person.register(stale, ctx))).toBe('AGREEMENT_VERSION_OUTDATED');
    expect(await codeOf(person.findAccount({ holder: holderOf(identity) }, ctx))).toBe('ACCOUNT_NOT_FOUND');
    const receipt = await person.register({ ...base, faceVerificationId: face.verificationId ?? '', agreementVersions }, ctx);
    expect(receipt.accountName).toBe('peterschmidt');
  });
});
