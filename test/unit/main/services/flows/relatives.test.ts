import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersonIdentityInput } from '../../../../../common/contract/services/personFlows';
import { getProvinceProfile } from '../../../../../common/profiles';
import type { EventSink } from '../../../../../main/bridge/eventHub';
import { createPersonFlowHandlers, type PersonFlowDeps } from '../../../../../main/services/flows';
import { silentLogger } from '../../../../../main/services/log/logger';
import { startHarness, type Harness } from '../../../identity-api/harness';
import { ctx, residentCardRead, type ResidentCard, liveCapture } from './cardSupport';

// On the harness's day (2025-06-01): 张伟 has an account; 刘洋 (an adult) and 王小明 (born 2013, under 16) have none.
const zhangWei: ResidentCard = { name: '张伟', idNumber: '110105199003071239', validFrom: '2016-05-01', validUntil: '2036-05-01', longTerm: false };
const liuYang: ResidentCard = { name: '刘洋', idNumber: '350102199209053314', validFrom: '2020-01-10', validUntil: '2040-01-10', longTerm: false };
const wangXiaoming: ResidentCard = { name: '王小明', idNumber: '220102201306010034', validFrom: null, validUntil: null, longTerm: false };

const holderOf = (card: ResidentCard) => ({ name: card.name, idType: 'resident_id' as const, idNumber: card.idNumber });

async function codeOf(call: unknown): Promise<string> {
  try {
    await call;
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'no error';
}

describe('relatives bound at the kiosk, against the reference identity API', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ province: 'jilin' });
  });
  afterEach(async () => {
    expect(h.validator.failures).toEqual([]);
    await h.close();
  });

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
      /** Lays the card on the reader: main keeps the read in its card memory, one per read id. */
      present(card: ResidentCard): PersonIdentityInput {
        const read = residentCardRead(card, `read-${++reads}`);
        for (const sink of sinks) sink('reader.card', read);
        const validity = card.validFrom && card.validUntil ? { start: card.validFrom, end: card.validUntil } : null;
        return { ...holderOf(card), validity, source: 'card', readId: read.readId };
      },
      async face(card: ResidentCard): Promise<string> {
        const face = await person.verifyFace({ holder: holderOf(card), capture: await liveCapture(person) }, ctx);
        expect(face.result).toBe('match');
        return face.verificationId ?? '';
      },
      /** 张伟 lays his card and passes the face. */
      async signIn() {
        this.present(zhangWei);
        return person.relativesSignIn({ holder: holderOf(zhangWei), faceVerificationId: await this.face(zhangWei) }, ctx);
      },
    };
  }

  function storedRelatives() {
    const db = new Database(h.dbPath, { readonly: true });
    try {
      return db.prepare('SELECT relation, name, id_number AS idNumber FROM relatives ORDER BY created_at, binding_id').all();
    } finally {
      db.close();
    }
  }

  it('binds an adult relative with their card and face, lists and removes the binding', async () => {
    const s = setup();
    expect(await s.signIn()).toEqual({ maskedName: '张*', relatives: [] });
    const relative = s.present(liuYang);
    expect(await s.person.checkRelative({ relative }, ctx)).toEqual({ faceRequired: true });
    const bound = await s.person.bindRelative({ relation: 'sibling', relative, relativeFaceVerificationId: await s.face(liuYang) }, ctx);
    expect(bound.receipt).toMatchObject({ service: 'relativeBinding', queued: false, maskedName: '张*', maskedIdNumber: '110***********1239' });
    expect(bound.relatives).toEqual([{ bindingId: expect.any(String), relation: 'sibling', maskedName: '刘*', maskedIdNumber: '350***********3314' }]);
    expect(storedRelatives()).toEqual([{ relation: 'sibling', name: '刘洋', idNumber: liuYang.idNumber }]);

    const removed = await s.person.removeRelative({ bindingId: bound.relatives[0]?.bindingId ?? '' }, ctx);
    expect(removed.relatives).toEqual([]);
    expect(storedRelatives()).toEqual([]);
    expect(await codeOf(s.person.removeRelative({ bindingId: bound.relatives[0]?.bindingId ?? '' }, ctx))).toBe('RELATIVE_NOT_FOUND');
  });

  it('binds a relative under 16 by the card alone; the list is there at the next sign-in', async () => {
    const s = setup();
    await s.signIn();
    const child = s.present(wangXiaoming);
    expect(await s.person.checkRelative({ relative: child }, ctx)).toEqual({ faceRequired: false });
    expect((await s.person.bindRelative({ relation: 'child', relative: child }, ctx)).relatives).toHaveLength(1);
    const again = await s.signIn();
    expect(again.relatives).toEqual([{ bindingId: expect.any(String), relation: 'child', maskedName: '王**', maskedIdNumber: '220***********0034' }]);
  });

  it('asks for the face of a relative of 16 or over, decided from the card, not from the page', async () => {
    const s = setup();
    await s.signIn();
    const relative = s.present(liuYang);
    expect(await codeOf(s.person.bindRelative({ relation: 'sibling', relative }, ctx))).toBe('person.stepMissing');
    // The holder's own face does not stand in for the relative's.
    const holderFace = await s.face(zhangWei);
    expect(await codeOf(s.person.bindRelative({ relation: 'sibling', relative, relativeFaceVerificationId: holderFace }, ctx))).toBe('person.stepMissing');
    expect(storedRelatives()).toEqual([]);
  });

  it('refuses binding oneself and binding the same relative twice', async () => {
    const s = setup();
    await s.signIn();
    const self = s.present(zhangWei);
    expect(await codeOf(s.person.checkRelative({ relative: self }, ctx))).toBe('RELATIVE_IS_SELF');
    expect(await codeOf(s.person.bindRelative({ relation: 'spouse', relative: self, relativeFaceVerificationId: await s.face(zhangWei) }, ctx))).toBe(
      'RELATIVE_IS_SELF',
    );
    const child = s.present(wangXiaoming);
    await s.person.bindRelative({ relation: 'child', relative: child }, ctx);
    expect(await codeOf(s.person.bindRelative({ relation: 'grandchild', relative: s.present(wangXiaoming) }, ctx))).toBe('RELATIVE_ALREADY_BOUND');
    expect(storedRelatives()).toHaveLength(1);
  });

  it('takes only a relative card read in this session, never a typed one', async () => {
    const s = setup({ assisted: () => true });
    await s.signIn();
    const notRead: PersonIdentityInput = { ...holderOf(wangXiaoming), validity: null, source: 'card', readId: 'read-99' };
    expect(await codeOf(s.person.checkRelative({ relative: notRead }, ctx))).toBe('person.cardMismatch');
    expect(await codeOf(s.person.bindRelative({ relation: 'child', relative: notRead }, ctx))).toBe('person.cardMismatch');
    const typed: PersonIdentityInput = { ...holderOf(wangXiaoming), validity: null, source: 'manual' };
    expect(await codeOf(s.person.bindRelative({ relation: 'child', relative: typed }, ctx))).toBe('person.manualEntryNotAllowed');
    expect(storedRelatives()).toEqual([]);
  });

  it('needs the card and face sign-in first; a face alone or a holder without an account is not enough', async () => {
    const s = setup();
    const child = s.present(wangXiaoming);
    expect(await codeOf(s.person.checkRelative({ relative: child }, ctx))).toBe('person.stepMissing');
    expect(await codeOf(s.person.bindRelative({ relation: 'child', relative: child }, ctx))).toBe('person.stepMissing');
    expect(await codeOf(s.person.removeRelative({ bindingId: 'rel-x' }, ctx))).toBe('person.stepMissing');
    // A face matched but no card of 张伟 read in this session.
    const fresh = setup();
    const faceVerificationId = await fresh.face(zhangWei);
    expect(await codeOf(fresh.person.relativesSignIn({ holder: holderOf(zhangWei), faceVerificationId }, ctx))).toBe('person.manualEntryNotAllowed');
    s.present(liuYang);
    expect(await codeOf(s.person.relativesSignIn({ holder: holderOf(liuYang), faceVerificationId: await s.face(liuYang) }, ctx))).toBe('ACCOUNT_NOT_FOUND');
  });

  it('says the identity API is unavailable when it cannot answer (online only)', async () => {
    const s = setup();
    await s.signIn();
    const child = s.present(wangXiaoming);
    h.server.faults.set({ errorRate: 1 });
    expect(await codeOf(s.person.bindRelative({ relation: 'child', relative: child }, ctx))).toBe('person.serviceUnavailable');
  });
});
