import { afterEach, describe, expect, it } from 'vitest';
import { TINY_JPEG } from '../../../../../fixtures/documents/makeDocuments';
import { enterprises, identityOf, zhaoQiang } from './support';
import { startProvinceRuntime, type ProvinceRuntime } from './runtimeSupport';

/** The appeal's no-SMS path is main's call: only while main itself finds the identity API down. */
describe('appeal without the SMS step', () => {
  let k: ProvinceRuntime | undefined;
  afterEach(async () => {
    await k?.cleanup();
  });

  async function readyAppeal(r: ProvinceRuntime): Promise<string[]> {
    const checked = await r.value<{ requiredDocuments: string[] }>('enterprise.checkAppealIdentity', {
      type: 'assisted_registration',
      filer: 'legal_representative',
      legalAccount: null,
      agentFaceVerificationId: null,
      enterprise: enterprises.beifang,
      legalRepresentative: identityOf(zhaoQiang, r.present(zhaoQiang)),
      agent: null,
      phone: '13655550201',
    });
    const documents: string[] = [];
    for (const documentType of checked.requiredDocuments) {
      documents.push(
        (await r.value<{ documentId: string }>('enterprise.addCapturedDocument', { documentType, jpegBase64: TINY_JPEG.toString('base64') })).documentId,
      );
    }
    return documents;
  }

  it('is refused while the identity API answers, whatever the page says', async () => {
    k = await startProvinceRuntime('jilin');
    const documents = await readyAppeal(k);
    expect(await k.refusal('enterprise.submitAppeal', { smsChallengeId: null, documents, remark: '' })).toEqual({
      code: 'person.stepMissing',
      field: 'smsChallengeId',
    });
    // Nothing was queued.
    expect(await k.value('sync.status')).toMatchObject({ pending: 0 });
    // With the code verified the same package goes.
    const smsChallengeId = await k.sms('enterprise', { purpose: 'appeal', phone: '13655550201' }, '13655550201');
    expect(await k.value('enterprise.submitAppeal', { smsChallengeId, documents, remark: '' })).toMatchObject({ service: 'appeal', queued: true });
  });

  it('is accepted and queued when main finds the identity API down', async () => {
    k = await startProvinceRuntime('jilin');
    const documents = await readyAppeal(k);
    await k.setFaults({ errorRate: 1 });
    expect(await k.value('enterprise.submitAppeal', { smsChallengeId: null, documents, remark: '' })).toMatchObject({ service: 'appeal', queued: true });
    expect(await k.value('sync.status')).toMatchObject({ pending: 1 });
  });
});
