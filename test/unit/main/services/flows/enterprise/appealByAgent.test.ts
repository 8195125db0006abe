import { afterEach, describe, expect, it } from 'vitest';
import { TINY_JPEG } from '../../../../../fixtures/documents/makeDocuments';
import { enterprises, holderOf, identityOf, liuYang, zhangWei, zhaoQiang } from './support';
import { startProvinceRuntime, type ProvinceRuntime } from './runtimeSupport';

/** 赵强's details as an agent types them from the photographed ID card: no card read, so `manual`. */
const typedZhao = { ...identityOf(zhaoQiang, null) };

/** An agent (刘洋) files the appeal of 长春北方物流 alone, through the real runtime and the reference API. */
describe('appeal filed by an agent alone', () => {
  let k: ProvinceRuntime | undefined;
  afterEach(async () => {
    await k?.cleanup();
  });

  const base = (readId: string, agentFaceVerificationId: string | null) => ({
    type: 'assisted_registration',
    filer: 'agent',
    enterprise: enterprises.beifang,
    legalAccount: null,
    legalRepresentative: typedZhao,
    agent: identityOf(liuYang, readId),
    agentFaceVerificationId,
    phone: '13655550301',
  });

  it('needs the agent’s card and face; takes the legal representative typed; asks every material the manual lists; queues and sends it', async () => {
    k = await startProvinceRuntime('jilin');
    const readId = k.present(liuYang);
    // Without the agent's face, or with the face of someone else.
    expect(await k.refusal('enterprise.checkAppealIdentity', base(readId, null))).toEqual({ code: 'person.stepMissing', field: 'faceVerificationId' });
    const other = await k.value<{ verificationId: string }>('enterprise.verifyFace', { holder: holderOf(zhangWei), capture: await k.liveCapture() });
    expect(await k.refusal('enterprise.checkAppealIdentity', base(readId, other.verificationId))).toEqual({
      code: 'person.stepMissing',
      field: 'faceVerificationId',
    });
    const face = await k.value<{ result: string; verificationId: string }>('enterprise.verifyFace', {
      holder: holderOf(liuYang),
      capture: await k.liveCapture(),
    });
    expect(face.result).toBe('match');
    // An agent card that is not the one read; a typed card of the agent; the legal representative's typed dates that cannot be.
    expect(await k.refusal('enterprise.checkAppealIdentity', { ...base(readId, face.verificationId), agent: identityOf(zhangWei, readId) })).toMatchObject({
      code: 'person.cardMismatch',
    });
    expect(await k.refusal('enterprise.checkAppealIdentity', { ...base(readId, face.verificationId), agent: identityOf(liuYang, null) })).toMatchObject({
      code: 'person.manualEntryNotAllowed',
    });
    expect(
      await k.refusal('enterprise.checkAppealIdentity', {
        ...base(readId, face.verificationId),
        legalRepresentative: { ...typedZhao, validity: { start: '2015-04-01', end: '2014-04-01' } },
      }),
    ).toMatchObject({ field: 'legalRepresentative.validity' });
    // Modifying a registered enterprise's information names its legal account (法人账号).
    expect(await k.refusal('enterprise.checkAppealIdentity', { ...base(readId, face.verificationId), type: 'modify_information' })).toEqual({
      code: 'ACCOUNT_NAME_REQUIRED',
      field: 'legalAccount',
    });

    const checked = await k.value<{ requiredDocuments: string[] }>('enterprise.checkAppealIdentity', base(readId, face.verificationId));
    expect(checked.requiredDocuments).toEqual([
      'business_licence',
      'authorisation_letter',
      'legal_representative_id_front',
      'legal_representative_id_back',
      'agent_id_front',
      'agent_id_back',
      'agent_holding_id',
    ]);
    const smsChallengeId = await k.sms('enterprise', { purpose: 'appeal', phone: '13655550301' }, '13655550301');
    const documents: string[] = [];
    for (const documentType of checked.requiredDocuments) {
      documents.push(
        (await k.value<{ documentId: string }>('enterprise.addCapturedDocument', { documentType, jpegBase64: TINY_JPEG.toString('base64') })).documentId,
      );
    }
    expect(await k.refusal('enterprise.submitAppeal', { smsChallengeId, documents: documents.slice(0, 6), remark: '' })).toEqual({
      code: 'APPEAL_DOCUMENTS_MISSING',
      field: 'documents',
    });
    const receipt = await k.value('enterprise.submitAppeal', { smsChallengeId, documents, remark: '法定代表人在外地，由经办人办理' });
    expect(receipt).toMatchObject({ service: 'appeal', queued: true, maskedName: '赵*' });

    // The sender delivers it: the server holds one upload per material.
    const uploads = async () =>
      new Set(((await (await fetch(`${k!.apiUrl}/dev/uploads`)).json()) as { chunks: Array<{ documentType: string }> }).chunks.map((c) => c.documentType));
    await expect.poll(uploads, { timeout: 15_000 }).toEqual(new Set(checked.requiredDocuments));
  });

  it('takes the legal account when the agent modifies a registered enterprise’s information', async () => {
    k = await startProvinceRuntime('jilin');
    const readId = k.present(liuYang);
    const face = await k.value<{ verificationId: string }>('enterprise.verifyFace', { holder: holderOf(liuYang), capture: await k.liveCapture() });
    expect(
      await k.value('enterprise.checkAppealIdentity', { ...base(readId, face.verificationId), type: 'modify_information', legalAccount: 'beifang01' }),
    ).toMatchObject({ requiredDocuments: expect.arrayContaining(['authorisation_letter', 'agent_holding_id']) });
    // The agent cannot be the legal representative typed.
    expect(
      await k.refusal('enterprise.checkAppealIdentity', {
        ...base(readId, face.verificationId),
        legalRepresentative: { ...identityOf(liuYang, null) },
      }),
    ).toEqual({ code: 'AGENT_IS_LEGAL_REPRESENTATIVE', field: 'agent' });
  });
});
