import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PresentationAttackEvidence } from '../../../../../../common/contract/services/presentationAttack';
import { faceCaptureInputSchema, type FaceCaptureInput } from '../../../../../../common/contract/services/personFlows';
import { getProvinceProfile } from '../../../../../../common/profiles';
import type { EventSink } from '../../../../../../main/bridge/eventHub';
import { createPersonFlowHandlers } from '../../../../../../main/services/flows';
import { defaultPresentationAttackPolicy, judgePresentationAttack } from '../../../../../../main/services/flows/core/presentationAttackJudgement';
import type { PresentationAttackPolicy } from '../../../../../../main/services/flows/core/presentationAttackJudgement';
import { loadHallConfig } from '../../../../../../main/services/config/loadHallConfig';
import { silentLogger } from '../../../../../../main/services/log/logger';
import { startHarness, type Harness } from '../../../../identity-api/harness';
import { capture, ctx, residentCardRead } from '../cardSupport';

const zhangWei = { name: '张伟', idType: 'resident_id' as const, idNumber: '110105199003071239' };

/** Cue medians as the face bench measured them on its bona fide head turn and on the phone replay. */
const stretch = (name: string, frames: number, cues: { moire: number; glare: number; frameEdges: number }) => ({ stretch: name, frames, ...cues });
const bonaFide = { moire: 2.59, glare: 0.0001, frameEdges: 0.5 };
const replayed = { moire: 3.82, glare: 0.03, frameEdges: 1 };
const evidence = (cues: typeof bonaFide, changes: Partial<PresentationAttackEvidence> = {}): PresentationAttackEvidence => ({
  method: 'rgb-cues',
  version: 1,
  framesAnalysed: 60,
  frameMs: { median: 4.1, p95: 9.8 },
  stretches: [stretch('positioning', 5, bonaFide), stretch('turnLeft', 20, cues), stretch('turnRight', 22, cues), stretch('capturing', 13, cues)],
  ...changes,
});
const withCues = (e: PresentationAttackEvidence | undefined): FaceCaptureInput => {
  const copy = structuredClone(capture);
  if (e) copy.presentationAttack = e;
  return copy;
};

describe('main judges the presentation-attack cues itself', () => {
  it('passes bona fide cues and refuses each cue over its threshold, naming the stretch', () => {
    expect(judgePresentationAttack(evidence(bonaFide))).toEqual({ passed: true, reasons: [] });
    expect(judgePresentationAttack(evidence(replayed)).reasons).toEqual([
      'turnLeft: moire 3.82',
      'turnLeft: glare 0.03',
      'turnLeft: frame edges 1',
      'turnRight: moire 3.82',
      'turnRight: glare 0.03',
      'turnRight: frame edges 1',
      'capturing: moire 3.82',
      'capturing: glare 0.03',
      'capturing: frame edges 1',
    ]);
  });

  it('refuses a screen shown during one movement only', () => {
    const e = evidence(bonaFide);
    e.stretches[2] = stretch('turnRight', 22, { ...bonaFide, moire: 3.5 });
    expect(judgePresentationAttack(e)).toEqual({ passed: false, reasons: ['turnRight: moire 3.5'] });
  });

  it('leaves stretches too short for a median out, and refuses cues measured on too few frames', () => {
    const e = evidence(bonaFide);
    e.stretches.push(stretch('done', 1, replayed));
    e.framesAnalysed += 1;
    expect(judgePresentationAttack(e).passed).toBe(true);
    expect(judgePresentationAttack(evidence(bonaFide, { framesAnalysed: 4, stretches: [stretch('turnLeft', 4, bonaFide)] })).reasons).toEqual([
      'cues measured on 4 frames',
    ]);
  });

  it('refuses stretches that claim more frames than were analysed', () => {
    expect(judgePresentationAttack(evidence(bonaFide, { framesAnalysed: 30 })).reasons).toEqual(['stretches hold 60 of 30 frames']);
  });

  it('without cues: passes unless the hall requires them', () => {
    expect(judgePresentationAttack(undefined).passed).toBe(true);
    const required: PresentationAttackPolicy = { ...defaultPresentationAttackPolicy, required: true };
    expect(judgePresentationAttack(undefined, required)).toEqual({ passed: false, reasons: ['no presentation-attack cues'] });
  });

  it('the contract refuses cues out of range and unknown fields', () => {
    expect(faceCaptureInputSchema.safeParse(withCues(evidence(bonaFide))).success).toBe(true);
    expect(faceCaptureInputSchema.safeParse(withCues(evidence({ ...bonaFide, glare: 2 }))).success).toBe(false);
    expect(faceCaptureInputSchema.safeParse(withCues({ ...evidence(bonaFide), verdict: 'live' } as never)).success).toBe(false);
  });
});

describe('a replayed face against the reference identity API', () => {
  let h: Harness;
  const dirs: string[] = [];
  beforeEach(async () => {
    h = await startHarness({ province: 'jilin' });
  });
  afterEach(async () => {
    await h.close();
    dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  const hallFace = (face: unknown) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-pad-config-'));
    dirs.push(dir);
    const file = path.join(dir, 'hall.json');
    writeFileSync(file, JSON.stringify({ face }));
    return loadHallConfig({ configPath: file, env: { KIOSK_DATA_DIR: dir } }).config.face;
  };

  async function verify(c: FaceCaptureInput, presentationAttack?: Partial<PresentationAttackPolicy>) {
    const sinks: EventSink[] = [];
    const { person } = createPersonFlowHandlers({
      client: h.client,
      profile: getProvinceProfile('jilin'),
      session: { onEnd: () => () => undefined },
      events: { attach: (sink) => (sinks.push(sink), () => undefined) },
      log: silentLogger,
      clock: () => h.now(),
      ...(presentationAttack ? { presentationAttack } : {}),
      demo: true,
      faceChallengeOrder: ['turnLeft', 'turnRight'],
    });
    const read = residentCardRead({ ...zhangWei, validFrom: '2016-05-01', validUntil: '2036-05-01', longTerm: false }, 'r1');
    sinks.forEach((sink) => sink('reader.card', read));
    // Answered with the nonce of the order main issued, as the face step sends it.
    const { nonce } = await person.issueFaceChallenges(undefined, ctx);
    return person.verifyFace({ holder: zhangWei, capture: { ...c, challengeNonce: nonce } }, ctx);
  }

  it('a capture whose movements pass but whose cues show a screen fails liveness; the bona fide one matches', async () => {
    expect(await verify(withCues(evidence(replayed)))).toEqual({ result: 'liveness_failed', verificationId: null });
    expect(await verify(withCues(evidence(bonaFide)))).toMatchObject({ result: 'match' });
  });

  it('the hall config sets the thresholds: the defaults are in the loaded config, a hall may raise one or require the cues', async () => {
    expect(hallFace({})?.presentationAttack).toEqual(defaultPresentationAttackPolicy);
    expect(() => hallFace({ presentationAttack: { maxMoire: 0.5 } })).toThrow();
    const lenient = hallFace({ presentationAttack: { maxMoire: 4, maxGlare: 0.05, maxFrameEdges: 1 } })?.presentationAttack;
    expect(await verify(withCues(evidence(replayed)), lenient)).toMatchObject({ result: 'match' });
    const strict = hallFace({ presentationAttack: { required: true } })?.presentationAttack;
    expect(await verify(withCues(undefined), strict)).toEqual({ result: 'liveness_failed', verificationId: null });
  });
});
