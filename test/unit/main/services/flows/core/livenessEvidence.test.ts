import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FaceCaptureInput } from '../../../../../../common/contract/services/personFlows';
import { getProvinceProfile } from '../../../../../../common/profiles';
import type { EventSink } from '../../../../../../main/bridge/eventHub';
import { defaultLivenessPolicy, jpegDimensions, judgeLiveness } from '../../../../../../main/services/flows/core/livenessEvidence';
import { createPersonFlowHandlers } from '../../../../../../main/services/flows';
import { loadHallConfig } from '../../../../../../main/services/config/loadHallConfig';
import { silentLogger } from '../../../../../../main/services/log/logger';
import { startHarness, type Harness } from '../../../../identity-api/harness';
import { capture, ctx, residentCardRead } from '../cardSupport';

// 张伟 has an account in the reference population; the reference API matches any live capture to him.
const zhangWei = { name: '张伟', idType: 'resident_id' as const, idNumber: '110105199003071239' };

/** The capture as a page set on passing would send it, with one thing changed. */
const forged = (change: (c: FaceCaptureInput) => void): FaceCaptureInput => {
  const copy = structuredClone(capture);
  change(copy);
  return copy;
};
/** A 206-byte JPEG: markers and a frame header, no picture to speak of. */
const tinyJpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x02, 0x80, 0x01, 0xe0]), Buffer.alloc(193), Buffer.from([0xff, 0xd9])]);

describe('main judges the liveness evidence itself', () => {
  it('passes a capture within its bounds and scores it itself', () => {
    expect(jpegDimensions(Buffer.from(capture.jpegBase64, 'base64'))).toEqual({ width: 480, height: 640 });
    expect(judgeLiveness(capture, defaultLivenessPolicy, [])).toEqual({ passed: true, score: 0.984, moves: ['turnLeft', 'turnRight'], reasons: [] });
  });

  it.each<[string, (c: FaceCaptureInput) => void]>([
    ['the 206-byte JPEG', (c) => (c.jpegBase64 = tinyJpeg.toString('base64'))],
    ['a portrait cut off before its end', (c) => (c.jpegBase64 = Buffer.from(c.jpegBase64, 'base64').subarray(0, 20_000).toString('base64'))],
    ['movements faster than a head', (c) => c.liveness.challenges.forEach((r) => (r.durationMs = 40))],
    ['movements that did not reach the mark', (c) => c.liveness.challenges.forEach((r) => (r.peak = 0.05))],
    ['one movement only', (c) => (c.liveness.challenges = c.liveness.challenges.slice(0, 1))],
    ['the same movement twice', (c) => c.liveness.challenges.forEach((r) => (r.kind = 'turnLeft'))],
    ['a final attempt with a failed movement', (c) => c.liveness.challenges.push({ kind: 'nod', attempt: 1, passed: false, durationMs: 8000, peak: 0.01 })],
    ['no frames with a face', (c) => (c.liveness.frames = { processed: 150, withOneFace: 3 })],
    ['a capture shorter than its movements', (c) => (c.liveness.totalMs = 1000)],
    ['an attempt count that does not match the records', (c) => (c.liveness.attempts = 2)],
  ])('refuses %s with a score of 0', (_name, change) => {
    const verdict = judgeLiveness(forged(change), defaultLivenessPolicy, []);
    expect(verdict.passed).toBe(false);
    expect(verdict.score).toBe(0);
    expect(verdict.reasons.length).toBeGreaterThan(0);
  });
});

describe('a page-made liveness verdict against the reference identity API', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ province: 'jilin' });
  });
  afterEach(async () => h.close());

  async function verify(c: FaceCaptureInput) {
    const sinks: EventSink[] = [];
    const { person } = createPersonFlowHandlers({
      client: h.client,
      profile: getProvinceProfile('jilin'),
      session: { onEnd: () => () => undefined },
      events: { attach: (sink) => (sinks.push(sink), () => undefined) },
      log: silentLogger,
      clock: () => h.now(),
      demo: true,
      faceChallengeOrder: ['turnLeft', 'turnRight'],
    });
    const read = residentCardRead({ ...zhangWei, validFrom: '2016-05-01', validUntil: '2036-05-01', longTerm: false }, 'r1');
    sinks.forEach((sink) => sink('reader.card', read));
    // Answered with the nonce of the order main issued, as the face step sends it.
    const { nonce } = await person.issueFaceChallenges(undefined, ctx);
    return person.verifyFace({ holder: zhangWei, capture: { ...c, challengeNonce: nonce } }, ctx);
  }

  it('is not a match: the 206-byte JPEG with perfect-looking numbers fails liveness', async () => {
    expect(await verify(forged((c) => (c.jpegBase64 = tinyJpeg.toString('base64'))))).toEqual({ result: 'liveness_failed', verificationId: null });
  });

  it('matches the same person with a capture main finds live', async () => {
    expect(await verify(capture)).toMatchObject({ result: 'match' });
  });
});

describe('the hall config sets the bounds', () => {
  let h: Harness;
  const dirs: string[] = [];
  beforeEach(async () => {
    h = await startHarness({ province: 'jilin' });
  });
  afterEach(async () => {
    await h.close();
    dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  const load = (face: unknown) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-face-config-'));
    dirs.push(dir);
    const file = path.join(dir, 'hall.json');
    writeFileSync(file, JSON.stringify({ face }));
    return loadHallConfig({ configPath: file, env: { KIOSK_DATA_DIR: dir } });
  };

  it('reads face.liveness and refuses bounds outside their limits', () => {
    expect(load({ liveness: { minChallenges: 3, minWidth: 600 } }).config.face?.liveness).toEqual({ minChallenges: 3, minWidth: 600 });
    expect(() => load({ liveness: { minChallenges: 0 } })).toThrow();
    expect(() => load({ liveness: { minScore: 0.1 } })).toThrow();
  });

  it('a hall asking three movements refuses the two-movement capture the defaults accept', async () => {
    const sinks: EventSink[] = [];
    const hall = load({ liveness: { minChallenges: 3 } }).config.face?.liveness;
    const { person } = createPersonFlowHandlers({
      client: h.client,
      profile: getProvinceProfile('jilin'),
      session: { onEnd: () => () => undefined },
      events: { attach: (sink) => (sinks.push(sink), () => undefined) },
      log: silentLogger,
      clock: () => h.now(),
      ...(hall ? { liveness: hall } : {}),
    });
    const read = residentCardRead({ ...zhangWei, validFrom: '2016-05-01', validUntil: '2036-05-01', longTerm: false }, 'r1');
    sinks.forEach((sink) => sink('reader.card', read));
    expect(await person.verifyFace({ holder: zhangWei, capture }, ctx)).toEqual({ result: 'liveness_failed', verificationId: null });
  });
});
