import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersonIdentityInput } from '../../../../../common/contract/services/personFlows';
import { getProvinceProfile } from '../../../../../common/profiles';
import type { EventSink } from '../../../../../main/bridge/eventHub';
import { createPersonFlowHandlers, type PersonFlowDeps } from '../../../../../main/services/flows';
import { silentLogger } from '../../../../../main/services/log/logger';
import { startHarness, type Harness } from '../../../identity-api/harness';
import { codeOf, ctx, residentCardRead, liveCapture } from './cardSupport';

/** A card as the reader returns it; `end` null: no validity dates (under 16). */
interface Card {
  name: string;
  idNumber: string;
  start: string | null;
  end: string | 'long-term' | null;
}
// Renewed cards, read on the harness's day (2025-06-01): 张伟 and 李秀英 have accounts, 刘洋 and 王小明 have none.
const zhangWei: Card = { name: '张伟', idNumber: '110105199003071239', start: '2025-05-20', end: '2045-05-20' };
const liXiuying: Card = { name: '李秀英', idNumber: '220102196002152427', start: '2025-04-02', end: 'long-term' };
const liuYang: Card = { name: '刘洋', idNumber: '350102199209053314', start: '2025-03-01', end: '2045-03-01' };
const wangXiaoming: Card = { name: '王小明', idNumber: '220102201306010034', start: null, end: null };

const cardRead = (c: Card, readId: string) =>
  residentCardRead(
    { name: c.name, idNumber: c.idNumber, validFrom: c.start, validUntil: c.end === 'long-term' ? null : c.end, longTerm: c.end === 'long-term' },
    readId,
  );

const identityOf = (c: Card, readId: string): PersonIdentityInput => ({
  name: c.name,
  idType: 'resident_id',
  idNumber: c.idNumber,
  validity: c.start && c.end ? { start: c.start, end: c.end } : null,
  source: 'card',
  readId,
});
const holderOf = (c: Card) => ({ name: c.name, idType: 'resident_id' as const, idNumber: c.idNumber });

describe('validity update after a card renewal, against the reference identity API', () => {
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
      /** Lays the card on the reader: main keeps the read in its card memory. */
      present(c: Card): PersonIdentityInput {
        const readId = `read-${++reads}`;
        for (const sink of sinks) sink('reader.card', cardRead(c, readId));
        return identityOf(c, readId);
      },
      async face(c: Card): Promise<string> {
        const face = await person.verifyFace({ holder: holderOf(c), capture: await liveCapture(person) }, ctx);
        expect(face.result).toBe('match');
        return face.verificationId ?? '';
      },
    };
  }

  function storedValidity(idNumber: string) {
    const db = new Database(h.dbPath, { readonly: true });
    try {
      return db.prepare(`SELECT validity_start AS start, validity_end AS end FROM accounts WHERE kind = 'person' AND id_number = ?`).get(idNumber);
    } finally {
      db.close();
    }
  }

  it('the account takes the card dates, with a masked receipt; the same dates again still succeed', async () => {
    const s = setup();
    const identity = s.present(zhangWei);
    const faceVerificationId = await s.face(zhangWei);
    const receipt = await s.person.updateValidity({ identity, faceVerificationId }, ctx);
    expect(receipt).toMatchObject({
      service: 'validityUpdate',
      queued: false,
      maskedName: '张*',
      maskedIdNumber: '110***********1239',
      validity: { start: '2025-05-20', end: '2045-05-20' },
    });
    expect(storedValidity(zhangWei.idNumber)).toEqual({ start: '2025-05-20', end: '2045-05-20' });
    const again = await s.person.updateValidity({ identity, faceVerificationId }, ctx);
    expect(again.validity).toEqual(receipt.validity);
    expect(storedValidity(zhangWei.idNumber)).toEqual({ start: '2025-05-20', end: '2045-05-20' });
    expect(h.validator.failures).toEqual([]);
  });

  it('keeps a long-term card as long-term', async () => {
    const s = setup();
    const identity = s.present(liXiuying);
    const receipt = await s.person.updateValidity({ identity, faceVerificationId: await s.face(liXiuying) }, ctx);
    expect(receipt.validity).toEqual({ start: '2025-04-02', end: 'long-term' });
    expect(storedValidity(liXiuying.idNumber)).toEqual({ start: '2025-04-02', end: 'long-term' });
  });

  it('needs a matched face of this person in this session', async () => {
    const s = setup();
    const identity = s.present(zhangWei);
    expect(await codeOf(s.person.updateValidity({ identity, faceVerificationId: 'made-up' }, ctx))).toBe('person.stepMissing');
    const someoneElse = await s.face(liXiuying);
    expect(await codeOf(s.person.updateValidity({ identity, faceVerificationId: someoneElse }, ctx))).toBe('person.stepMissing');
    expect(storedValidity(zhangWei.idNumber)).toEqual({ start: null, end: null });
  });

  it('takes only the card main read; a typed identity only in assisted mode', async () => {
    const s = setup();
    const identity = s.present(zhangWei);
    const faceVerificationId = await s.face(zhangWei);
    const otherDates = { ...identity, validity: { start: '2025-05-21', end: '2045-05-21' } };
    expect(await codeOf(s.person.updateValidity({ identity: otherDates, faceVerificationId }, ctx))).toBe('person.cardMismatch');
    const typed: PersonIdentityInput = { ...identity, source: 'manual', readId: undefined };
    expect(await codeOf(s.person.updateValidity({ identity: typed, faceVerificationId }, ctx))).toBe('person.manualEntryNotAllowed');

    const assisted = setup({ assisted: () => true });
    const receipt = await assisted.person.updateValidity({ identity: typed, faceVerificationId: await assisted.face(zhangWei) }, ctx);
    expect(receipt.validity).toEqual({ start: '2025-05-20', end: '2045-05-20' });
  });

  it('refuses a card without validity dates before asking for the face', async () => {
    const s = setup();
    const identity = s.present(wangXiaoming);
    expect(await codeOf(s.person.updateValidity({ identity, faceVerificationId: 'none' }, ctx))).toBe('NO_VALIDITY_PERIOD');
  });

  it('answers ACCOUNT_NOT_FOUND for a person without an account', async () => {
    const s = setup();
    const identity = s.present(liuYang);
    expect(await codeOf(s.person.updateValidity({ identity, faceVerificationId: await s.face(liuYang) }, ctx))).toBe('ACCOUNT_NOT_FOUND');
  });

  it('says the identity API is unavailable when it cannot answer (online only)', async () => {
    const s = setup();
    const identity = s.present(zhangWei);
    const faceVerificationId = await s.face(zhangWei);
    h.server.faults.set({ errorRate: 1 });
    expect(await codeOf(s.person.updateValidity({ identity, faceVerificationId }, ctx))).toBe('person.serviceUnavailable');
  });
});
