import { describe, expect, it } from 'vitest';
import type { EventSink } from '../../../../../../main/bridge/eventHub';
import { createFlowCore } from '../../../../../../main/services/flows/core/flowCore';
import { SessionProofs, sessionSlot } from '../../../../../../main/services/flows/core/sessionProofs';
import { createSmsSteps, type ServiceSmsPurpose } from '../../../../../../main/services/flows/core/smsSteps';
import { IdentityApiError, type IdentityClient } from '../../../../../../main/services/identity';
import { createSessionService } from '../../../../../../main/services/session/sessionService';
import { getProvinceProfile } from '../../../../../../common/profiles';
import { silentLogger } from '../../../../../../main/services/log/logger';
import { TINY_JPEG } from '../../../../../fixtures/documents/makeDocuments';
import { cardRead, liuYang as liuYangCard } from '../enterprise/support';
import { refusalOf } from './support';

const stepMissing = (field?: string) => (field ? { code: 'person.stepMissing', field } : { code: 'person.stepMissing' });
const liuYang = { name: '刘洋', idType: 'resident_id' as const, idNumber: '350102199209053314' };
const found = sessionSlot<{ accountId: string }>('test.found', { message: 'find it first', field: 'holder' });

describe('session proofs', () => {
  it('refuses after session.end every proof, card read and document earned before it', async () => {
    const session = createSessionService({ log: silentLogger, onEnded: () => undefined });
    let sink: EventSink | undefined;
    const core = createFlowCore<unknown>({
      client: {},
      profile: getProvinceProfile('jilin'),
      session,
      events: { attach: (s) => ((sink = s), () => undefined) },
      log: silentLogger,
      takeAttestation: () => 'S001',
    });
    const expected = { service: 'person' as const, purpose: 'registration', phone: '13612345678' };
    core.proofs.smsSent('sms-1', expected);
    core.proofs.smsVerified('sms-1');
    core.proofs.faceMatched('face-1', liuYang.idNumber);
    core.proofs.set(found, { accountId: 'A1' });
    sink?.('reader.card', cardRead(liuYangCard, 'read-1'));
    const identity = { ...liuYang, validity: { start: '2020-01-10', end: '2040-01-10' }, source: 'card' as const, readId: 'read-1' };
    const document = core.documents.addCaptured('business_licence', TINY_JPEG);

    expect(core.proofs.requireSms('sms-1', expected)).toBe('sms-1');
    expect(core.proofs.requireFace('face-1', liuYang.idNumber)).toBe('face-1');
    expect(core.proofs.require(found)).toEqual({ accountId: 'A1' });
    expect(core.identity.checkIdentity(identity, 'identity', { validity: 'byAge' }).holder.name).toBe('刘洋');
    expect(core.documents.get(document.documentId)).toBeDefined();

    await session.end('timeout');

    expect(refusalOf(() => core.proofs.requireSms('sms-1', expected))).toEqual(stepMissing('smsChallengeId'));
    expect(refusalOf(() => core.proofs.requireFace('face-1', liuYang.idNumber))).toEqual(stepMissing('faceVerificationId'));
    expect(refusalOf(() => core.proofs.require(found))).toEqual(stepMissing('holder'));
    expect(refusalOf(() => core.identity.checkIdentity(identity, 'identity', { validity: 'byAge' }))).toEqual({
      code: 'person.cardMismatch',
      field: 'identity',
    });
    expect(core.documents.get(document.documentId)).toBeUndefined();
  });

  it('lets a verified SMS serve only its own service, purpose and phone, and a face only its own ID number', () => {
    const proofs = new SessionProofs();
    const sent = { service: 'enterprise' as const, purpose: 'appeal', phone: '13655550001' };
    proofs.smsSent('sms-1', sent);
    expect(refusalOf(() => proofs.requireSms('sms-1', sent))).toEqual(stepMissing('smsChallengeId'));
    proofs.smsVerified('sms-1');
    expect(proofs.requireSms('sms-1', sent)).toBe('sms-1');
    expect(refusalOf(() => proofs.requireSms('sms-1', { ...sent, purpose: 'registration' }))).toEqual(stepMissing('smsChallengeId'));
    expect(refusalOf(() => proofs.requireSms('sms-1', { ...sent, phone: '13655550002' }))).toEqual(stepMissing('smsChallengeId'));
    expect(refusalOf(() => proofs.requireSms('sms-1', { ...sent, phone: null }))).toEqual(stepMissing('smsChallengeId'));
    expect(refusalOf(() => proofs.requireSms('sms-1', { ...sent, service: 'person' }))).toEqual(stepMissing('smsChallengeId'));
    expect(refusalOf(() => proofs.requireSms('sms-2', sent))).toEqual(stepMissing('smsChallengeId'));

    proofs.faceMatched('face-1', liuYang.idNumber);
    expect(refusalOf(() => proofs.requireFace('face-1', '110105199003071239'))).toEqual(stepMissing('faceVerificationId'));
    expect(refusalOf(() => proofs.requireFace(undefined, liuYang.idNumber))).toEqual(stepMissing('faceVerificationId'));
  });

  it('takes a staff attestation once, and none where none may count', () => {
    const issued = new Map([['att-1', 'S001']]);
    const proofs = new SessionProofs((id) => {
      const staffId = issued.get(id);
      issued.delete(id);
      return staffId;
    });
    expect(refusalOf(() => proofs.requireAttestation(undefined))).toEqual(stepMissing('attestationId'));
    expect(proofs.requireAttestation('att-1')).toBe('S001');
    expect(refusalOf(() => proofs.requireAttestation('att-1'))).toEqual(stepMissing('attestationId'));
  });
});

describe('SMS steps', () => {
  const smsClient = (): Pick<IdentityClient, 'createSmsChallenge' | 'verifySmsChallenge'> => {
    let n = 0;
    return {
      createSmsChallenge: async () => ({ challengeId: `sms-${++n}`, maskedPhone: '136****5678', expiresAt: '', resendAfterSeconds: 60, attemptsLeft: 5 }),
      verifySmsChallenge: async (challengeId: string, code: string) => {
        if (code !== '123456') throw new IdentityApiError('rejected', 'SMS_CODE_WRONG', 'wrong', 'code', { attemptsLeft: 4 });
        return { challengeId, verified: true as const };
      },
    };
  };
  const purposes: readonly ServiceSmsPurpose[] = [
    { service: 'person', purpose: 'registration', apiPurpose: 'person_registration', target: 'typedPhone' },
    { service: 'enterprise', purpose: 'registration', apiPurpose: 'enterprise_registration', target: 'typedPhone' },
  ];

  it('records what was sent, and a challenge one service sent cannot be verified or used by the other', async () => {
    const proofs = new SessionProofs();
    const client = smsClient();
    const refusals = { send: [], verify: [] };
    const person = createSmsSteps({ client, proofs, service: 'person', purposes, refusals });
    const enterprise = createSmsSteps({ client, proofs, service: 'enterprise', purposes, refusals });

    const sent = await person.send({ purpose: 'registration', phone: '13612345678' });
    expect(await person.verify({ challengeId: sent.challengeId, code: '000000' })).toEqual({ verified: false, attemptsLeft: 4 });
    await expect(enterprise.verify({ challengeId: sent.challengeId, code: '123456' })).rejects.toMatchObject(stepMissing('challengeId'));
    expect(await person.verify({ challengeId: sent.challengeId, code: '123456' })).toEqual({ verified: true, attemptsLeft: null });

    expect(proofs.requireSms(sent.challengeId, { service: 'person', purpose: 'registration', phone: '13612345678' })).toBe(sent.challengeId);
    const asEnterprise = { service: 'enterprise' as const, purpose: 'registration', phone: '13612345678' };
    expect(refusalOf(() => proofs.requireSms(sent.challengeId, asEnterprise))).toEqual(stepMissing('smsChallengeId'));
    await expect(person.send({ purpose: 'registration', phone: '1361234' })).rejects.toMatchObject({ field: 'phone' });
    await expect(person.send({ purpose: 'passwordReset' })).rejects.toMatchObject({ code: 'SMS_PURPOSE_UNKNOWN', field: 'purpose' });
  });
});
