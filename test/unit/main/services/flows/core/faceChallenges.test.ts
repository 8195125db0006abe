import { describe, expect, it } from 'vitest';
import { faceRequest } from '../../../../../../main/services/flows/core/faceProof';
import { FaceChallengeIssuer, faceChallengePool, parseFixedOrder } from '../../../../../../main/services/flows/core/faceChallenges';
import { defaultLivenessPolicy } from '../../../../../../main/services/flows/core/livenessEvidence';
import { captureAnswering as answered } from '../cardSupport';

const holder = { name: '张三', idType: 'resident_id' as const, idNumber: '110101199003074514' };

describe('FaceChallengeIssuer', () => {
  it('issues random orders of distinct challenges from a pool with blink and open mouth, each with its own nonce', () => {
    const issuer = new FaceChallengeIssuer(() => 0);
    const seen = new Set<string>();
    const nonces = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const { nonce, challenges } = issuer.issue();
      expect(new Set(challenges).size).toBe(2);
      challenges.forEach((c) => seen.add(c));
      nonces.add(nonce);
    }
    expect([...seen].sort()).toEqual([...faceChallengePool].sort());
    expect(nonces.size).toBe(200);
  });

  it('accepts the issued order once, and refuses another order, a reused nonce, an unknown one and an expired one', () => {
    let now = 1_000;
    const issuer = new FaceChallengeIssuer(() => now, { count: 2, ttlMs: 60_000, fixedOrder: ['blink', 'turnLeft'] });
    const a = issuer.issue();
    expect(issuer.redeem(answered(a.nonce, ['blink', 'turnLeft']))).toEqual([]);
    expect(issuer.redeem(answered(a.nonce, ['blink', 'turnLeft']))).toEqual(['challenge order unknown or already used']);
    const b = issuer.issue();
    expect(issuer.redeem(answered(b.nonce, ['turnLeft', 'blink']))).toEqual(['challenges turnLeft,blink answer blink,turnLeft']);
    expect(issuer.redeem(answered('made-up', ['blink', 'turnLeft']))).toEqual(['challenge order unknown or already used']);
    const c = issuer.issue();
    now += 60_001;
    expect(issuer.redeem(answered(c.nonce, ['blink', 'turnLeft']))).toEqual(['challenge order expired']);
    const d = issuer.issue();
    issuer.wipe();
    expect(issuer.redeem(answered(d.nonce, ['blink', 'turnLeft']))).toEqual(['challenge order unknown or already used']);
  });

  it('lets a capture whose upload failed answer its nonce once more, only the same bytes for the same holder', () => {
    const issuer = new FaceChallengeIssuer(() => 0, { count: 2, ttlMs: 60_000, fixedOrder: ['turnLeft', 'blink'] });
    const { nonce } = issuer.issue();
    const sent = answered(nonce, ['turnLeft', 'blink']);
    expect(issuer.redeem(sent, holder.idNumber)).toEqual([]);
    issuer.release(sent, holder.idNumber);
    const altered = { ...sent, jpegBase64: `${sent.jpegBase64}AAAA` };
    expect(issuer.redeem(altered, holder.idNumber)).toEqual(['challenge order unknown or already used']);
    expect(issuer.redeem(sent, '110101199003070011')).toEqual(['challenge order unknown or already used']);
    expect(issuer.redeem(sent, holder.idNumber)).toEqual([]);
    expect(issuer.redeem(sent, holder.idNumber)).toEqual(['challenge order unknown or already used']);
    const refused = issuer.issue();
    const wrongOrder = answered(refused.nonce, ['blink', 'turnLeft']);
    issuer.redeem(wrongOrder, holder.idNumber);
    issuer.release(wrongOrder, holder.idNumber);
    expect(issuer.redeem(wrongOrder, holder.idNumber)).toEqual(['challenge order unknown or already used']);
  });

  it('reads a demo order from the environment text, ignoring unknown names', () => {
    expect(parseFixedOrder('blink, turnLeft,wave')).toEqual(['blink', 'turnLeft']);
    expect(parseFixedOrder('')).toBeUndefined();
    expect(parseFixedOrder(undefined)).toBeUndefined();
  });
});

describe('main judges a capture against the order it issued', () => {
  it('scores a capture that answers its issued order, with blink sent to the identity API as an action', () => {
    const issuer = new FaceChallengeIssuer(() => 0, { count: 2, ttlMs: 60_000, fixedOrder: ['blink', 'turnRight'] });
    const { nonce } = issuer.issue();
    const request = faceRequest(holder, answered(nonce, ['blink', 'turnRight']), { challenges: issuer });
    expect(request.liveness.score).toBeGreaterThan(0.9);
    expect(request.liveness.actions).toEqual(['blink', 'turn_right']);
  });

  it('gives 0 to a replayed capture (same nonce again) and to one in another order', () => {
    const issuer = new FaceChallengeIssuer(() => 0, { count: 2, ttlMs: 60_000, fixedOrder: ['openMouth', 'nod'] });
    const { nonce } = issuer.issue();
    const genuine = answered(nonce, ['openMouth', 'nod']);
    expect(faceRequest(holder, genuine, { challenges: issuer }).liveness.score).toBeGreaterThan(0);
    expect(faceRequest(holder, genuine, { challenges: issuer }).liveness.score).toBe(0);
    const second = issuer.issue();
    expect(faceRequest(holder, answered(second.nonce, ['nod', 'openMouth']), { challenges: issuer }).liveness.score).toBe(0);
  });

  it('refuses a capture without an issued order by default; only a hall that switches the requirement off takes it', () => {
    const issuer = new FaceChallengeIssuer(() => 0);
    const unanswered = answered(undefined, ['turnLeft', 'turnRight']);
    expect(faceRequest(holder, unanswered, { challenges: issuer }).liveness.score).toBe(0);
    expect(
      faceRequest(holder, unanswered, { challenges: issuer, policy: { ...defaultLivenessPolicy, requireIssuedChallenges: false } }).liveness.score,
    ).toBeGreaterThan(0);
  });

  it('holds blink and open mouth to their own least movement', () => {
    const issuer = new FaceChallengeIssuer(() => 0, { count: 2, ttlMs: 60_000, fixedOrder: ['blink', 'openMouth'] });
    const { nonce } = issuer.issue();
    const weak = answered(nonce, ['blink', 'openMouth']);
    weak.liveness.challenges = weak.liveness.challenges.map((c) => ({ ...c, peak: 0.05 }));
    expect(faceRequest(holder, weak, { challenges: issuer }).liveness.score).toBe(0);
  });
});
