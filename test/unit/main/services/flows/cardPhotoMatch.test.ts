import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getProvinceProfile } from '../../../../../common/profiles';
import type { FaceVerificationRequest } from '../../../../../common/identityApi/face';
import type { EventSink } from '../../../../../main/bridge/eventHub';
import { demoCardPhotoJpeg } from '../../../../../main/demo/demoCardPhoto';
import { cardPhotoMatchPolicy, createCardPhotoMatcher } from '../../../../../main/services/faceMatch/cardPhotoMatch';
import { createFaceEmbedder } from '../../../../../main/services/faceMatch/faceEmbedder';
import { createPersonFlowHandlers } from '../../../../../main/services/flows';
import { silentLogger } from '../../../../../main/services/log/logger';
import { otherPersonCardPhoto } from '../../../../fixtures/face/otherPersonCardPhoto';
import { startHarness, type Harness } from '../../../identity-api/harness';
import { codeOf, ctx, residentCardRead, liveCapture } from './cardSupport';

const zhangWei = { name: '张伟', idNumber: '110105199003071239', validFrom: '2016-05-01', validUntil: '2036-05-01', longTerm: false };
const holder = { name: zhangWei.name, idType: 'resident_id' as const, idNumber: zhangWei.idNumber };

describe('the card photo match in the flows: a clear mismatch stops before anything is sent', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'card-photo-flow-'));
  const matcher = createCardPhotoMatcher(createFaceEmbedder(), cardPhotoMatchPolicy());
  let otherPerson: Buffer;
  let h: Harness;
  beforeAll(async () => {
    otherPerson = readFileSync(otherPersonCardPhoto(dir));
    await matcher.warmUp();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    h = await startHarness({ province: 'jilin' });
  });
  afterEach(async () => {
    expect(h.validator.failures).toEqual([]);
    await h.close();
  });

  /** Person flows over the reference identity API; `calls` lists every operation that reached it. */
  function setup(cardPhoto: Buffer, queued: FaceVerificationRequest[] = []) {
    const sinks: EventSink[] = [];
    const calls: string[] = [];
    const photosAskedFor: string[] = [];
    const { person } = createPersonFlowHandlers({
      client: h.makeClient({ onResponse: (e) => calls.push(e.operationId) }),
      profile: getProvinceProfile('jilin'),
      session: { onEnd: () => () => undefined },
      events: { attach: (sink) => (sinks.push(sink), () => undefined) },
      log: silentLogger,
      clock: () => h.now(),
      faceQueue: { enqueue: async (request) => (queued.push(request), { itemId: `item-${queued.length}` }) },
      cardPhotoMatch: {
        matcher,
        photoOf: (readId) => {
          photosAskedFor.push(readId);
          return () => Promise.resolve({ image: cardPhoto });
        },
      },
    });
    for (const sink of sinks) sink('reader.card', residentCardRead(zhangWei, 'read-zhang-wei'));
    return { person, calls, photosAskedFor };
  }

  it('another person’s face on the card: the face step and face enrolment both stop with cardPhotoMismatch, and the identity API hears nothing', async () => {
    const s = setup(otherPerson);
    expect(await codeOf(s.person.verifyFace({ holder, capture: await liveCapture(s.person) }, ctx))).toBe('person.cardPhotoMismatch');
    expect(await codeOf(s.person.enrolFace({ holder, capture: await liveCapture(s.person) }, ctx))).toBe('person.cardPhotoMismatch');
    expect(s.photosAskedFor).toEqual(['read-zhang-wei', 'read-zhang-wei']);
    expect(s.calls).toEqual([]);
  }, 60_000);

  it('the holder’s own face: the face request goes out and matches', async () => {
    const s = setup(demoCardPhotoJpeg);
    expect(await s.person.verifyFace({ holder, capture: await liveCapture(s.person) }, ctx)).toMatchObject({ result: 'match' });
    expect(s.calls).toEqual(['verifyFace']);
  }, 60_000);

  it('offline: the queued face enrolment carries the local match result (score, threshold, model)', async () => {
    const queued: FaceVerificationRequest[] = [];
    const s = setup(demoCardPhotoJpeg, queued);
    h.server.faults.set({ errorRate: 1 });
    expect(await s.person.enrolFace({ holder, capture: await liveCapture(s.person) }, ctx)).toMatchObject({ outcome: 'queued' });
    expect(queued).toHaveLength(1);
    const match = queued[0]?.cardPhotoMatch;
    expect(match).toMatchObject({ status: 'match', threshold: 0.9, matchThreshold: 0.94, model: expect.stringContaining('face_recognition_model') });
    expect(match?.score).toBeGreaterThanOrEqual(0.94);
  }, 60_000);
});
