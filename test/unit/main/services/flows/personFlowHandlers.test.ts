import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersonIdentityInput } from '../../../../../common/contract/services/personFlows';
import { getProvinceProfile } from '../../../../../common/profiles';
import type { EventSink } from '../../../../../main/bridge/eventHub';
import { createPersonFlowHandlers, type PersonFlowClient, type PersonFlowDeps } from '../../../../../main/services/flows';
import { IdentityApiError } from '../../../../../main/services/identity';
import { silentLogger } from '../../../../../main/services/log/logger';
import { startHarness, type Harness } from '../../../identity-api/harness';
import { capture, ctx, residentCardRead, liveCapture } from './cardSupport';

type Person = { name: string; idNumber: string; validFrom: string | null; validUntil: string | null; longTerm?: boolean };
const liuYang: Person = { name: '刘洋', idNumber: '350102199209053314', validFrom: '2020-01-10', validUntil: '2040-01-10' };
const zhangWei: Person = { name: '张伟', idNumber: '110105199003071239', validFrom: '2016-05-01', validUntil: '2036-05-01' };
const liXiuying: Person = { name: '李秀英', idNumber: '220102196002152427', validFrom: '2010-03-01', validUntil: null, longTerm: true };
const wangXiaoming: Person = { name: '王小明', idNumber: '220102201306010034', validFrom: null, validUntil: null };
const ayigul: Person = { name: '阿依古丽·买买提', idNumber: '65010219980810222X', validFrom: '2019-09-01', validUntil: '2029-09-01' };

const cardRead = (p: Person, readId: string) => residentCardRead({ ...p, longTerm: p.longTerm ?? false }, readId);

const identityOf = (p: Person, readId: string): PersonIdentityInput => ({
  name: p.name,
  idType: 'resident_id',
  idNumber: p.idNumber,
  validity: p.validFrom ? { start: p.validFrom, end: p.longTerm ? 'long-term' : (p.validUntil as string) } : null,
  source: 'card',
  readId,
});
const holderOf = (p: Person) => ({ name: p.name, idType: 'resident_id' as const, idNumber: p.idNumber });

function setup(h: Harness | null, overrides: Partial<PersonFlowDeps> = {}) {
  const sinks: EventSink[] = [];
  const endHooks: Array<() => void> = [];
  const { person } = createPersonFlowHandlers({
    client: h ? h.client : ({} as PersonFlowClient),
    profile: getProvinceProfile('jilin'),
    session: { onEnd: (hook) => (endHooks.push(hook), () => undefined) },
    events: { attach: (sink) => (sinks.push(sink), () => undefined) },
    log: silentLogger,
    clock: h ? () => h.now() : Date.now,
    ...overrides,
  });
  let reads = 0;
  return {
    person,
    present(p: Person): string {
      const readId = `read-${++reads}`;
      for (const sink of sinks) sink('reader.card', cardRead(p, readId));
      return readId;
    },
    endSession: () => endHooks.forEach((hook) => hook()),
  };
}

async function codeOf(promise: unknown): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'no error';
}

describe('person flow handlers against the reference identity API', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ province: 'jilin' });
  });
  afterEach(async () => h.close());

  async function smsFor(person: ReturnType<typeof setup>['person'], phone: string) {
    h.advance(61_000);
    const challenge = await person.sendSms({ purpose: 'registration', phone }, ctx);
    const verified = await person.verifySms({ challengeId: challenge.challengeId, code: h.smsCode(phone) }, ctx);
    expect(verified.verified).toBe(true);
    return challenge.challengeId;
  }

  it('registers an adult from the card: identity, SMS, face, sealed password, receipt with masked data', async () => {
    const s = setup(h);
    const readId = s.present(liuYang);
    const identity = identityOf(liuYang, readId);
    expect(await s.person.checkIdentity({ identity }, ctx)).toEqual({ minor: false, faceRequired: true });
    const smsChallengeId = await smsFor(s.person, '13612345678');
    const face = await s.person.verifyFace({ holder: holderOf(liuYang), capture: await liveCapture(s.person) }, ctx);
    expect(face.result).toBe('match');
    const receipt = await s.person.register(
      { accountName: 'liuyang92', password: 'Kiosk#2025a', identity, phone: '13612345678', smsChallengeId, faceVerificationId: face.verificationId ?? '' },
      ctx,
    );
    expect(receipt).toMatchObject({
      service: 'registration',
      queued: false,
      maskedPhone: '136****5678',
      maskedIdNumber: '350***********3314',
      maskedName: '刘*',
      accountName: 'liuyang92',
    });
    expect(receipt.receiptNo).toMatch(/^\d{8}-[2-9A-Z]{6}$/);
    // Now registered: a second check refuses with its own code.
    expect(await codeOf(s.person.checkIdentity({ identity }, ctx))).toBe('ID_NUMBER_ALREADY_REGISTERED');
  });

  it('registers an under-16 without validity dates or face, and a middle-dot name with X', async () => {
    const s = setup(h);
    const minor = identityOf(wangXiaoming, s.present(wangXiaoming));
    expect(await s.person.checkIdentity({ identity: minor }, ctx)).toEqual({ minor: true, faceRequired: false });
    const sms = await smsFor(s.person, '13612340001');
    const receipt = await s.person.register(
      { accountName: 'xiaoming13', password: 'abc12345', identity: minor, phone: '13612340001', smsChallengeId: sms },
      ctx,
    );
    expect(receipt.realNameLevel).toBe(2);
    const dotted = identityOf(ayigul, s.present(ayigul));
    expect(await s.person.checkIdentity({ identity: dotted }, ctx)).toEqual({ minor: false, faceRequired: true });
  });

  it('refuses: already registered, phone already bound, wrong SMS code with attempts left, missing face', async () => {
    const s = setup(h);
    expect(await codeOf(s.person.checkIdentity({ identity: identityOf(zhangWei, s.present(zhangWei)) }, ctx))).toBe('ID_NUMBER_ALREADY_REGISTERED');
    h.advance(61_000);
    expect(await codeOf(s.person.sendSms({ purpose: 'registration', phone: '13800000001' }, ctx))).toBe('PHONE_ALREADY_BOUND');
    h.advance(61_000);
    const challenge = await s.person.sendSms({ purpose: 'registration', phone: '13612345679' }, ctx);
    const wrong = h.smsCode('13612345679') === '000000' ? '111111' : '000000';
    expect(await s.person.verifySms({ challengeId: challenge.challengeId, code: wrong }, ctx)).toEqual({ verified: false, attemptsLeft: 4 });
    await s.person.verifySms({ challengeId: challenge.challengeId, code: h.smsCode('13612345679') }, ctx);
    const identity = identityOf(liuYang, s.present(liuYang));
    const missingFace = s.person.register(
      { accountName: 'liuyang92', password: 'Kiosk#2025a', identity, phone: '13612345679', smsChallengeId: challenge.challengeId },
      ctx,
    );
    expect(await codeOf(missingFace)).toBe('person.stepMissing');
  });

  it('re-validates: card mismatch, manual entry outside assisted mode, password and account-name rules', async () => {
    const s = setup(h);
    const readId = s.present(liuYang);
    const forged = { ...identityOf(liuYang, readId), name: '刘阳' };
    expect(await codeOf(s.person.checkIdentity({ identity: forged }, ctx))).toBe('person.cardMismatch');
    expect(await codeOf(s.person.checkIdentity({ identity: { ...identityOf(liuYang, readId), source: 'manual' } }, ctx))).toBe('person.manualEntryNotAllowed');
    const identity = identityOf(liuYang, readId);
    const base = { identity, phone: '13612345678', smsChallengeId: 'x', faceVerificationId: 'y' };
    expect(await codeOf(s.person.register({ ...base, accountName: 'liuyang92', password: 'short' }, ctx))).toBe('PASSWORD_LENGTH');
    expect(await codeOf(s.person.register({ ...base, accountName: '9liuyang', password: 'Kiosk#2025a' }, ctx))).toBe('ACCOUNT_NAME_START');
    expect(await codeOf(s.person.register({ ...base, accountName: 'liuyang92', password: 'Kiosk#2025a' }, ctx))).toBe('person.stepMissing');
  });

  it('forgot password: account must exist, face and SMS to the reserved phone, then the new password works once', async () => {
    // Jilin asks the SMS; this hall switches the profile's optional face on too.
    const s = setup(h, { forgotPasswordSwitchedOn: ['face'] });
    s.present(liuYang);
    expect(await codeOf(s.person.findAccount({ holder: holderOf(liuYang) }, ctx))).toBe('ACCOUNT_NOT_FOUND');
    s.present(zhangWei);
    const found = await s.person.findAccount({ holder: holderOf(zhangWei) }, ctx);
    expect(found).toEqual({ maskedName: expect.stringMatching(/^张/), maskedPhone: '138****0001', smsRequired: true, faceRequired: true });
    h.advance(61_000);
    const challenge = await s.person.sendSms({ purpose: 'passwordReset' }, ctx);
    expect(challenge.maskedPhone).toBe('138****0001');
    await s.person.verifySms({ challengeId: challenge.challengeId, code: h.smsCode('13800000001') }, ctx);
    const face = await s.person.verifyFace({ holder: holderOf(zhangWei), capture: await liveCapture(s.person) }, ctx);
    const receipt = await s.person.resetPassword(
      { newPassword: 'NewPass#2025', smsChallengeId: challenge.challengeId, faceVerificationId: face.verificationId ?? '' },
      ctx,
    );
    expect(receipt).toMatchObject({ service: 'passwordReset', maskedPhone: '138****0001', accountName: 'zhangwei01' });
  });

  it('signs in by card and face, re-signs the agreement and upgrades the real-name level', async () => {
    const s = setup(h);
    expect(await codeOf(s.person.signIn({ holder: holderOf(liXiuying), faceVerificationId: 'made-up' }, ctx))).toBe('person.stepMissing');
    s.present(liXiuying);
    const face = await s.person.verifyFace({ holder: holderOf(liXiuying), capture: await liveCapture(s.person) }, ctx);
    const account = await s.person.signIn({ holder: holderOf(liXiuying), faceVerificationId: face.verificationId ?? '' }, ctx);
    expect(account).toMatchObject({ realNameLevel: 2, upgradeOffered: true, agreement: { needsSigning: true, signedVersion: '2022.1' } });
    const signed = await s.person.signAgreement({ version: account.agreement.currentVersion }, ctx);
    expect(signed.service).toBe('agreement');
    const upgraded = await s.person.upgradeRealName(undefined, ctx);
    expect(upgraded.realNameLevel).toBe(3);
  });

  it('the session end wipes every proof and card read', async () => {
    const s = setup(h);
    const readId = s.present(liuYang);
    const face = await s.person.verifyFace({ holder: holderOf(liuYang), capture: await liveCapture(s.person) }, ctx);
    s.endSession();
    expect(await codeOf(s.person.checkIdentity({ identity: identityOf(liuYang, readId) }, ctx))).toBe('person.cardMismatch');
    expect(await codeOf(s.person.signIn({ holder: holderOf(liuYang), faceVerificationId: face.verificationId ?? '' }, ctx))).toBe('person.stepMissing');
  });
});

describe('person flow handlers while the identity API is away', () => {
  const down = () => Promise.reject(new IdentityApiError('unreachable', 'IDENTITY_API_UNREACHABLE', 'connect ECONNREFUSED'));
  const client = new Proxy({}, { get: () => down }) as PersonFlowClient;

  it('online-only steps answer person.serviceUnavailable', async () => {
    const { person } = createPersonFlowHandlers({
      client,
      assisted: () => true,
      profile: getProvinceProfile('jilin'),
      session: { onEnd: () => () => undefined },
      events: { attach: () => () => undefined },
      log: silentLogger,
    });
    expect(await codeOf(person.findAccount({ holder: holderOf(zhangWei) }, ctx))).toBe('person.serviceUnavailable');
    expect(await codeOf(person.enrolFace({ holder: holderOf(zhangWei), capture: await liveCapture(person) }, ctx))).toBe('person.serviceUnavailable');
  });

  it('face enrolment is queued through the port and answers a receipt marked queued', async () => {
    const queued: unknown[] = [];
    const { person } = createPersonFlowHandlers({
      client,
      profile: getProvinceProfile('jilin'),
      session: { onEnd: () => () => undefined },
      events: { attach: () => () => undefined },
      log: silentLogger,
      // Typed by staff: no card read in this test, so assisted mode lets main take the holder.
      assisted: () => true,
      faceQueue: { enqueue: async (request) => (queued.push(request), { itemId: 'item-1' }) },
      // Main issues the two turns, so the queued request names them.
      demo: true,
      faceChallengeOrder: ['turnLeft', 'turnRight'],
    });
    const result = await person.enrolFace({ holder: holderOf(zhangWei), capture: await liveCapture(person) }, ctx);
    expect(result.outcome).toBe('queued');
    expect(result.receipt).toMatchObject({ queued: true, service: 'faceEnrolment', maskedIdNumber: '110***********1239' });
    expect(queued).toEqual([
      {
        subject: holderOf(zhangWei),
        capture: { contentType: 'image/jpeg', data: capture.jpegBase64 },
        // Main's own score from the evidence it checked: 144 of 150 frames held one face.
        liveness: { score: 0.984, actions: ['turn_left', 'turn_right'] },
      },
    ]);
  });
});
