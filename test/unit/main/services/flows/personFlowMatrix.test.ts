import { afterEach, describe, expect, it } from 'vitest';
import { personFlowMethods, type FlowReceipt, type PersonIdentityInput } from '../../../../../common/contract/services/personFlows';
import { getProvinceProfile, provinceIds, type ProvinceId } from '../../../../../common/profiles';
import type { EventSink } from '../../../../../main/bridge/eventHub';
import { createPersonFlowHandlers } from '../../../../../main/services/flows';
import { silentLogger } from '../../../../../main/services/log/logger';
import { startHarness } from '../../../identity-api/harness';
import { captureAnswering, ctx, residentCardRead, type ResidentCard } from './cardSupport';

// The reference population: 刘洋 has no account; 张伟 (reserved phone 13800000001) and 李秀英 (level 2, an old agreement) have.
const liuYang: ResidentCard = { name: '刘洋', idNumber: '350102199209053314', validFrom: '2020-01-10', validUntil: '2040-01-10', longTerm: false };
const zhangWei: ResidentCard = { name: '张伟', idNumber: '110105199003071239', validFrom: '2016-05-01', validUntil: '2036-05-01', longTerm: false };
const renewedZhangWei: ResidentCard = { ...zhangWei, validFrom: '2025-05-20', validUntil: '2045-05-20' };
const wangXiaoming: ResidentCard = { name: '王小明', idNumber: '220102201306010034', validFrom: null, validUntil: null, longTerm: false };
const liXiuying: ResidentCard = { name: '李秀英', idNumber: '220102196002152427', validFrom: '2010-03-01', validUntil: null, longTerm: true };

const holderOf = (card: ResidentCard) => ({ name: card.name, idType: 'resident_id' as const, idNumber: card.idNumber });

/** A kiosk of one province on its own reference identity API (in-process HTTP server), as a hall would configure none of the optional switches. */
async function kioskOf(province: ProvinceId) {
  const h = await startHarness({ province });
  const sinks: EventSink[] = [];
  const { person } = createPersonFlowHandlers({
    client: h.client,
    profile: getProvinceProfile(province),
    session: { onEnd: () => () => undefined },
    events: { attach: (sink) => (sinks.push(sink), () => undefined) },
    log: silentLogger,
    clock: () => h.now(),
    // Training aids on: the QR walk confirms in place of the citizen's phone.
    demo: true,
  });
  let reads = 0;
  return {
    h,
    person,
    profile: getProvinceProfile(province),
    /** Lays the card on the reader; the identity as the renderer takes it from the read. */
    present(card: ResidentCard): PersonIdentityInput {
      const read = residentCardRead(card, `read-${++reads}`);
      for (const sink of sinks) sink('reader.card', read);
      const end = card.longTerm ? 'long-term' : card.validUntil;
      return { ...holderOf(card), validity: card.validFrom && end ? { start: card.validFrom, end } : null, source: 'card', readId: read.readId };
    },
    async face(card: ResidentCard): Promise<string> {
      // As the face step does: main issues the challenges, the capture performs them with the nonce.
      const issued = await person.issueFaceChallenges(undefined, ctx);
      const face = await person.verifyFace({ holder: holderOf(card), capture: captureAnswering(issued.nonce, issued.challenges) }, ctx);
      expect(face.result).toBe('match');
      return face.verificationId ?? '';
    },
    /** A code sent for `purpose` and verified (after the resend interval of any earlier code). */
    async sms(purpose: 'registration' | 'phoneChange' | 'passwordReset', phone: string): Promise<string> {
      h.advance(61_000);
      const sent = await person.sendSms(purpose === 'passwordReset' ? { purpose } : { purpose, phone }, ctx);
      const verified = await person.verifySms({ challengeId: sent.challengeId, code: h.smsCode(phone) }, ctx);
      expect(verified.verified).toBe(true);
      return sent.challengeId;
    },
  };
}
type Kiosk = Awaited<ReturnType<typeof kioskOf>>;

/** Each person flow from its first step to its receipt, as the renderer calls main. */
const flows: Record<string, (k: Kiosk) => Promise<FlowReceipt[]>> = {
  registration: async (k) => {
    const identity = k.present(liuYang);
    const checked = await k.person.checkIdentity({ identity }, ctx);
    expect(checked).toEqual({ minor: false, faceRequired: true });
    const accountName = k.profile.accountName.kind === 'chosen' ? { accountName: 'liuyang92' } : {};
    if (accountName.accountName) expect(await k.person.checkAccountName({ accountName: accountName.accountName }, ctx)).toEqual({ available: true });
    const smsChallengeId = await k.sms('registration', '13612340091');
    const faceVerificationId = await k.face(liuYang);
    return [await k.person.register({ ...accountName, password: 'Kiosk#2025a', identity, phone: '13612340091', smsChallengeId, faceVerificationId }, ctx)];
  },
  forgotPassword: async (k) => {
    k.present(zhangWei);
    const account = await k.person.findAccount({ holder: holderOf(zhangWei) }, ctx);
    const smsChallengeId = account.smsRequired ? await k.sms('passwordReset', '13800000001') : undefined;
    const faceVerificationId = account.faceRequired ? await k.face(zhangWei) : undefined;
    return [await k.person.resetPassword({ newPassword: 'Kiosk#2026b', smsChallengeId, faceVerificationId }, ctx)];
  },
  accountServices: async (k) => {
    k.present(liXiuying);
    const signedIn = await k.person.signIn({ holder: holderOf(liXiuying), faceVerificationId: await k.face(liXiuying) }, ctx);
    expect(signedIn).toMatchObject({ realNameLevel: 2, upgradeOffered: true, agreement: { needsSigning: true } });
    const agreement = await k.person.signAgreement({ version: signedIn.agreement.currentVersion }, ctx);
    const upgrade = await k.person.upgradeRealName(undefined, ctx);
    expect(upgrade.realNameLevel).toBe(3);
    return [agreement, upgrade];
  },
  faceEnrolment: async (k) => {
    k.present(zhangWei);
    const issued = await k.person.issueFaceChallenges(undefined, ctx);
    const result = await k.person.enrolFace({ holder: holderOf(zhangWei), capture: captureAnswering(issued.nonce, issued.challenges) }, ctx);
    expect(result.outcome).toBe('enrolled');
    return result.receipt ? [result.receipt] : [];
  },
  validityUpdate: async (k) => {
    const identity = k.present(renewedZhangWei);
    return [await k.person.updateValidity({ identity, faceVerificationId: await k.face(renewedZhangWei) }, ctx)];
  },
  // Every app the profile lists signs in (李秀英 confirms on the phone); the last sign-in re-signs the agreement.
  qrAgreement: async (k) => {
    let account;
    for (const app of k.profile.qrSignInApps) {
      await k.person.qrStart({ appId: app.id }, ctx);
      await k.person.qrDemoConfirm({ idNumber: liXiuying.idNumber }, ctx);
      expect(await k.person.qrPoll(undefined, ctx)).toMatchObject({ status: 'confirmed', appName: app.name });
      account = await k.person.qrSignIn(undefined, ctx);
    }
    return [await k.person.signAgreement({ version: account?.agreement.currentVersion ?? '' }, ctx)];
  },
  phoneChange: async (k) => {
    expect(await k.person.findPhoneAccount({ identity: k.present(zhangWei) }, ctx)).toMatchObject({ maskedPhone: '138****0001' });
    const faceVerificationId = await k.face(zhangWei);
    const smsChallengeId = await k.sms('phoneChange', '13612340092');
    return [await k.person.changePhone({ newPhone: '13612340092', smsChallengeId, faceVerificationId }, ctx)];
  },
  // 张伟 binds 刘洋 (an adult: his face too) and 王小明 (under 16: the card alone), then removes 刘洋.
  relatives: async (k) => {
    k.present(zhangWei);
    expect(await k.person.relativesSignIn({ holder: holderOf(zhangWei), faceVerificationId: await k.face(zhangWei) }, ctx)).toMatchObject({ relatives: [] });
    const adult = k.present(liuYang);
    expect(await k.person.checkRelative({ relative: adult }, ctx)).toEqual({ faceRequired: true });
    const first = await k.person.bindRelative({ relation: 'sibling', relative: adult, relativeFaceVerificationId: await k.face(liuYang) }, ctx);
    const second = await k.person.bindRelative({ relation: 'child', relative: k.present(wangXiaoming) }, ctx);
    expect(second.relatives.map((r) => r.relation)).toEqual(['sibling', 'child']);
    const left = await k.person.removeRelative({ bindingId: first.relatives[0]?.bindingId ?? '' }, ctx);
    expect(left.relatives.map((r) => r.relation)).toEqual(['child']);
    return [first.receipt, second.receipt];
  },
};

/** The receipt service each flow ends with. */
const services: Record<keyof typeof flows, FlowReceipt['service'][]> = {
  registration: ['registration'],
  forgotPassword: ['passwordReset'],
  accountServices: ['agreement', 'realNameUpgrade'],
  faceEnrolment: ['faceEnrolment'],
  validityUpdate: ['validityUpdate'],
  phoneChange: ['phoneChange'],
  qrAgreement: ['agreement'],
  relatives: ['relativeBinding', 'relativeBinding'],
};

describe('every person flow × every province profile reaches its receipt against the reference identity API', () => {
  let k: Kiosk | undefined;
  afterEach(async () => {
    if (!k) return;
    expect(k.h.validator.failures).toEqual([]);
    await k.h.close();
    k = undefined;
  });

  it('covers every person flow of the contract (a new method needs its walk here)', () => {
    const reached = ['checkIdentity', 'checkAccountName', 'register', 'findAccount', 'resetPassword', 'signIn', 'signAgreement', 'upgradeRealName'];
    reached.push('enrolFace', 'updateValidity', 'findPhoneAccount', 'changePhone', 'sendSms', 'verifySms', 'verifyFace');
    reached.push('qrStart', 'qrPoll', 'qrDemoConfirm', 'qrSignIn', 'issueFaceChallenges');
    reached.push('relativesSignIn', 'checkRelative', 'bindRelative', 'removeRelative');
    expect(Object.keys(personFlowMethods).filter((m) => !reached.includes(m))).toEqual([]);
  });

  for (const province of provinceIds) {
    for (const [flow, walk] of Object.entries(flows)) {
      it(`${flow} in ${province}`, async () => {
        k = await kioskOf(province);
        const receipts = await walk(k);
        expect(receipts.map((r) => r.service)).toEqual(services[flow]);
        for (const receipt of receipts) {
          expect(receipt.queued).toBe(false);
          // A QR sign-in names the account, not the document: its receipt shows no document number.
          expect(receipt.maskedIdNumber).toMatch(flow === 'qrAgreement' ? /^$/ : /^\d{3}\*+[\dX]{4}$/);
        }
      });
    }
  }
});
