import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersonIdentityInput } from '../../../../../common/contract/services/personFlows';
import { getProvinceProfile } from '../../../../../common/profiles';
import type { EventSink } from '../../../../../main/bridge/eventHub';
import { createPersonFlowHandlers, type PersonFlowDeps } from '../../../../../main/services/flows';
import { silentLogger } from '../../../../../main/services/log/logger';
import { startHarness, type Harness } from '../../../identity-api/harness';
import { codeOf, ctx, residentCardRead, liveCapture } from './cardSupport';

interface Card {
  name: string;
  idNumber: string;
  start: string;
  end: string;
}
// 张伟 has an account with reserved phone 13800000001; 陈静's account holds 13700000005; 刘洋 has none.
const zhangWei: Card = { name: '张伟', idNumber: '110105199003071239', start: '2016-05-01', end: '2036-05-01' };
const liuYang: Card = { name: '刘洋', idNumber: '350102199209053314', start: '2020-01-10', end: '2040-01-10' };
const ATTESTATION = '5b0c8a52-6f51-4d6c-9d43-0f0e4f7f4c11';

const identityOf = (c: Card, source: 'card' | 'manual', readId?: string): PersonIdentityInput => ({
  name: c.name,
  idType: 'resident_id',
  idNumber: c.idNumber,
  validity: { start: c.start, end: c.end },
  source,
  ...(readId ? { readId } : {}),
});
const holderOf = (c: Card) => ({ name: c.name, idType: 'resident_id' as const, idNumber: c.idNumber });

describe('reserved phone change against the reference identity API', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ province: 'jilin' });
  });
  afterEach(async () => h.close());

  function setup(overrides: Partial<PersonFlowDeps> = {}) {
    const sinks: EventSink[] = [];
    const { person } = createPersonFlowHandlers({
      client: h.client,
      profile: getProvinceProfile('jilin'),
      session: { onEnd: () => () => undefined },
      events: { attach: (sink) => (sinks.push(sink), () => undefined) },
      log: silentLogger,
      clock: () => h.now(),
      ...overrides,
    });
    let reads = 0;
    return {
      person,
      present(c: Card): PersonIdentityInput {
        const readId = `read-${++reads}`;
        const read = residentCardRead({ name: c.name, idNumber: c.idNumber, validFrom: c.start, validUntil: c.end, longTerm: false }, readId);
        for (const sink of sinks) sink('reader.card', read);
        return identityOf(c, 'card', readId);
      },
      async face(c: Card): Promise<string> {
        const face = await person.verifyFace({ holder: holderOf(c), capture: await liveCapture(person) }, ctx);
        expect(face.result).toBe('match');
        return face.verificationId ?? '';
      },
      async code(phone: string): Promise<string> {
        h.advance(61_000);
        const sent = await person.sendSms({ purpose: 'phoneChange', phone }, ctx);
        expect((await person.verifySms({ challengeId: sent.challengeId, code: h.smsCode(phone) }, ctx)).verified).toBe(true);
        return sent.challengeId;
      },
    };
  }

  it('card → face → code to the new phone → the account takes the new phone, with a receipt', async () => {
    const s = setup();
    expect(await s.person.findPhoneAccount({ identity: s.present(zhangWei) }, ctx)).toEqual({ maskedName: '张*', maskedPhone: '138****0001' });
    const faceVerificationId = await s.face(zhangWei);
    const smsChallengeId = await s.code('13600000031');
    const receipt = await s.person.changePhone({ newPhone: '13600000031', smsChallengeId, faceVerificationId }, ctx);
    expect(receipt).toMatchObject({ service: 'phoneChange', maskedPhone: '136****0031', maskedIdNumber: '110***********1239', queued: false });
    const account = await h.client.lookupAccount({ by: 'phone', value: '13600000031' });
    expect(account.maskedName).toBe('张*');
    expect(h.validator.failures).toEqual([]);
  });

  it('refuses a number bound to another account with its own code, at the code and at the change', async () => {
    const s = setup();
    await s.person.findPhoneAccount({ identity: s.present(zhangWei) }, ctx);
    h.advance(61_000);
    expect(await codeOf(s.person.sendSms({ purpose: 'phoneChange', phone: '13700000005' }, ctx))).toBe('person.phoneBoundElsewhere');
    // The number is taken by someone else after the code was verified: the change itself is refused the same way.
    const faceVerificationId = await s.face(zhangWei);
    const smsChallengeId = await s.code('13600000032');
    const db = new Database(h.dbPath);
    db.prepare("UPDATE accounts SET phone = '13600000032' WHERE holder_name = '陈静'").run();
    db.close();
    expect(await codeOf(s.person.changePhone({ newPhone: '13600000032', smsChallengeId, faceVerificationId }, ctx))).toBe('person.phoneBoundElsewhere');
  });

  it('needs the account found, a code for this very phone, and a face of this holder', async () => {
    const s = setup();
    expect(await codeOf(s.person.changePhone({ newPhone: '13600000033', smsChallengeId: 'sms-x', faceVerificationId: 'face-x' }, ctx))).toBe(
      'person.stepMissing',
    );
    await s.person.findPhoneAccount({ identity: s.present(zhangWei) }, ctx);
    const faceVerificationId = await s.face(zhangWei);
    const smsChallengeId = await s.code('13600000033');
    expect(await codeOf(s.person.changePhone({ newPhone: '13600000034', smsChallengeId, faceVerificationId }, ctx))).toBe('person.stepMissing');
    const otherFace = await s.face(liuYang);
    expect(await codeOf(s.person.changePhone({ newPhone: '13600000033', smsChallengeId, faceVerificationId: otherFace }, ctx))).toBe('person.stepMissing');
    expect(await codeOf(s.person.changePhone({ newPhone: '13600000033', smsChallengeId }, ctx))).toBe('person.stepMissing');
  });

  it('refuses a typed identity outside assisted mode, a card that is not the read one, and a person without an account', async () => {
    const s = setup();
    expect(await codeOf(s.person.findPhoneAccount({ identity: identityOf(zhangWei, 'manual') }, ctx))).toBe('person.manualEntryNotAllowed');
    const { readId } = s.present(liuYang);
    expect(await codeOf(s.person.findPhoneAccount({ identity: identityOf(zhangWei, 'card', readId) }, ctx))).toBe('person.cardMismatch');
    expect(await codeOf(s.person.findPhoneAccount({ identity: s.present(liuYang) }, ctx))).toBe('ACCOUNT_NOT_FOUND');
  });

  it('in assisted mode: an identity typed by staff and their in-person attestation instead of the face', async () => {
    const taken = new Set<string>();
    const s = setup({
      assisted: () => true,
      takeAttestation: (id) => (id === ATTESTATION && !taken.has(id) ? (taken.add(id), 'S001') : undefined),
    });
    await s.person.findPhoneAccount({ identity: identityOf(zhangWei, 'manual') }, ctx);
    const smsChallengeId = await s.code('13600000035');
    const receipt = await s.person.changePhone({ newPhone: '13600000035', smsChallengeId, attestationId: ATTESTATION }, ctx);
    expect(receipt.maskedPhone).toBe('136****0035');
    // An attestation counts once.
    await s.person.findPhoneAccount({ identity: identityOf(zhangWei, 'manual') }, ctx);
    const again = await s.code('13600000036');
    expect(await codeOf(s.person.changePhone({ newPhone: '13600000036', smsChallengeId: again, attestationId: ATTESTATION }, ctx))).toBe('person.stepMissing');
  });

  it('is online only: the identity API away is said plainly', async () => {
    const s = setup();
    await s.person.findPhoneAccount({ identity: s.present(zhangWei) }, ctx);
    const faceVerificationId = await s.face(zhangWei);
    const smsChallengeId = await s.code('13600000037');
    h.server.faults.set({ errorRate: 1 });
    expect(await codeOf(s.person.changePhone({ newPhone: '13600000037', smsChallengeId, faceVerificationId }, ctx))).toBe('person.serviceUnavailable');
  });
});
