import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateUploadRequest } from '../../../../../common/identityApi/appeals';
import { failure, startHarness, type Harness } from '../../../identity-api/harness';
import { people, verifiedSms } from './flows';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  expect(h.validator.failures).toEqual([]);
  await h.close();
});

const document = (size: number, seed: number): Buffer => Buffer.from(Array.from({ length: size }, (_, i) => (i * 31 + seed) % 251));
const announce = (documentType: CreateUploadRequest['documentType'], content: Buffer): CreateUploadRequest => ({
  documentType,
  fileName: `${documentType}.jpg`,
  contentType: 'image/jpeg',
  length: content.length,
  sha256: createHash('sha256').update(content).digest('hex'),
});

async function openAppeal(): Promise<string> {
  const smsChallengeId = await verifiedSms(h, 'appeal', '13600000040');
  const appeal = await h.client.createAppeal(
    {
      type: 'assisted_registration',
      enterprise: { legalEntityType: 'company', enterpriseName: '长春北方物流有限公司', uscc: '91220104MA0Y2AB3C7' },
      legalRepresentative: { name: people.zhaoQiang.name, idType: 'resident_id', idNumber: people.zhaoQiang.idNumber, validity: people.zhaoQiang.validity },
      phone: '13600000040',
      smsChallengeId,
      remark: '法人信息不匹配',
    },
    randomUUID(),
  );
  expect(appeal).toMatchObject({ status: 'draft', requiredDocuments: ['business_licence', 'legal_representative_id_front', 'legal_representative_id_back'] });
  return appeal.appealId;
}

describe('enterprise appeals with resumable uploads', () => {
  it('creates an appeal once per key, and refuses bad identity input', async () => {
    const key = randomUUID();
    const body = {
      type: 'modify_information' as const,
      enterprise: { legalEntityType: 'company' as const, enterpriseName: '长春北方物流有限公司', uscc: '91220104MA0Y2AB3C7' },
      legalRepresentative: {
        name: people.zhaoQiang.name,
        idType: 'resident_id' as const,
        idNumber: people.zhaoQiang.idNumber,
        validity: people.zhaoQiang.validity,
      },
      phone: '13600000041',
    };
    const first = await h.client.createAppeal(body, key);
    await expect(h.client.createAppeal(body, key)).resolves.toEqual(first);
    const badUscc = await failure(() => h.client.createAppeal({ ...body, enterprise: { ...body.enterprise, uscc: '91220104MA0Y2AB3C8' } }, randomUUID()));
    expect(badUscc).toMatchObject({ code: 'USCC_CHECK_CHAR', field: 'enterprise.uscc' });
  });

  it('resumes an interrupted upload from the server offset, refuses a wrong offset, and submits', async () => {
    const appealId = await openAppeal();
    const licence = document(70_000, 1);
    const upload = await h.client.createUpload(appealId, announce('business_licence', licence), randomUUID());
    expect(upload).toMatchObject({ offset: 0, complete: false });

    await h.client.appendUploadChunk(upload.uploadId, 0, licence.subarray(0, 30_000));
    await expect(h.client.getUploadOffset(upload.uploadId)).resolves.toEqual({ offset: 30_000, length: 70_000 });
    const stale = await failure(() => h.client.appendUploadChunk(upload.uploadId, 0, licence.subarray(0, 30_000)));
    expect(stale).toMatchObject({ kind: 'rejected', code: 'UPLOAD_OFFSET_MISMATCH', details: { status: 409, uploadOffset: 30_000 } });
    const tooLong = await failure(() => h.client.appendUploadChunk(upload.uploadId, 30_000, Buffer.alloc(40_001)));
    expect(tooLong).toMatchObject({ code: 'UPLOAD_TOO_LARGE' });

    await expect(h.client.uploadDocument(upload.uploadId, licence, 16_384)).resolves.toEqual({
      uploadId: upload.uploadId,
      offset: 70_000,
      length: 70_000,
      complete: true,
    });
    expect(await failure(() => h.client.submitAppeal(appealId, randomUUID()))).toMatchObject({ code: 'APPEAL_DOCUMENTS_MISSING' });

    for (const [type, seed] of [
      ['legal_representative_id_front', 2],
      ['legal_representative_id_back', 3],
    ] as const) {
      const content = document(5_000, seed);
      const next = await h.client.createUpload(appealId, announce(type, content), randomUUID());
      await h.client.uploadDocument(next.uploadId, content);
    }
    const key = randomUUID();
    const submitted = await h.client.submitAppeal(appealId, key);
    expect(submitted).toMatchObject({ appealId, status: 'submitted' });
    await expect(h.client.submitAppeal(appealId, key)).resolves.toEqual(submitted);
    expect(await failure(() => h.client.createUpload(appealId, announce('agent_id_front', document(10, 4)), randomUUID()))).toMatchObject({
      code: 'APPEAL_ALREADY_SUBMITTED',
    });
  });

  it('fails a corrupted upload on its checksum and lets it start again from 0', async () => {
    const appealId = await openAppeal();
    const content = document(20_000, 5);
    const upload = await h.client.createUpload(appealId, announce('business_licence', content), randomUUID());
    const corrupted = Buffer.from(content);
    corrupted[12_345] = (corrupted[12_345]! + 1) % 256;
    const error = await failure(() => h.client.uploadDocument(upload.uploadId, corrupted, 8_192));
    expect(error).toMatchObject({ kind: 'rejected', code: 'UPLOAD_CHECKSUM_MISMATCH', details: { uploadOffset: 0 } });
    await expect(h.client.getUploadOffset(upload.uploadId)).resolves.toEqual({ offset: 0, length: 20_000 });
    await expect(h.client.uploadDocument(upload.uploadId, content, 8_192)).resolves.toMatchObject({ complete: true });
  });

  it('refuses unknown appeals and uploads', async () => {
    expect(await failure(() => h.client.getUploadOffset('U-missing'))).toMatchObject({ kind: 'rejected', details: { status: 404 } });
    expect(await failure(() => h.client.createUpload('A-missing', announce('business_licence', document(10, 6)), randomUUID()))).toMatchObject({
      code: 'APPEAL_NOT_FOUND',
    });
  });
});
