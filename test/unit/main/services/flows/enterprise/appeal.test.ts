import { afterEach, describe, expect, it } from 'vitest';
import type { CallOutcome } from '../../../../../../common/contract/envelope';
import { TINY_JPEG } from '../../../../../fixtures/documents/makeDocuments';
import { startTestRuntime } from '../../../../../support/runtime';
import { cardRead, enterprises, identityOf, zhaoQiang, liuYang } from './support';

/** The appeal through the real runtime: dispatcher, embedded reference server and the encrypted outbox. */
describe('enterprise appeal submit', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(() => cleanup?.());

  it('queues the package in the outbox, which sends it; refuses a typed identity outside assisted mode and missing documents', async () => {
    const t = await startTestRuntime();
    cleanup = t.cleanup;
    const { runtime } = t;
    const call = async (method: string, arg?: unknown) => {
      const outcome = (await runtime.dispatch(method, arg, { transport: 'local' })) as CallOutcome;
      return outcome;
    };
    const value = async <T = Record<string, unknown>>(method: string, arg?: unknown): Promise<T> => {
      const outcome = await call(method, arg);
      if (!outcome.ok) throw new Error(`${method}: ${JSON.stringify(outcome.error)}`);
      return outcome.value as T;
    };

    const identity = {
      type: 'assisted_registration',
      filer: 'legal_representative',
      legalAccount: null,
      agentFaceVerificationId: null,
      enterprise: enterprises.beifang,
      legalRepresentative: identityOf(zhaoQiang, null),
      agent: null,
      phone: '13655550001',
    };
    expect(await call('enterprise.checkAppealIdentity', identity)).toMatchObject({
      ok: false,
      error: { code: 'person.manualEntryNotAllowed', field: 'legalRepresentative' },
    });
    expect(await call('enterprise.checkAppealIdentity', { ...identity, enterprise: { ...enterprises.beifang, uscc: '91220104MA0Y2AB3C8' } })).toMatchObject({
      ok: false,
      error: { code: 'USCC_CHECK_CHAR', field: 'enterprise.uscc' },
    });
    expect(await call('enterprise.submitAppeal', { smsChallengeId: null, documents: ['x'], remark: '' })).toMatchObject({
      ok: false,
      error: { code: 'person.stepMissing' },
    });

    runtime.events.emit('reader.card', cardRead(zhaoQiang, 'read-1'));
    const checked = await value<{ requiredDocuments: string[] }>('enterprise.checkAppealIdentity', {
      ...identity,
      legalRepresentative: identityOf(zhaoQiang, 'read-1'),
    });
    expect(checked.requiredDocuments).toEqual(['business_licence', 'legal_representative_id_front', 'legal_representative_id_back']);
    // A card of someone else cannot be passed off as the one read.
    expect(await call('enterprise.checkAppealIdentity', { ...identity, legalRepresentative: identityOf(liuYang, 'read-1') })).toMatchObject({
      ok: false,
      error: { code: 'person.cardMismatch' },
    });
    await value('enterprise.checkAppealIdentity', { ...identity, legalRepresentative: identityOf(zhaoQiang, 'read-1') });

    const challenge = await value<{ challengeId: string }>('enterprise.sendSms', { purpose: 'appeal', phone: '13655550001' });
    const sms = (await (await fetch(`${runtime.identity.embeddedUrl}/dev/sms?phone=13655550001`)).json()) as { code: string };
    expect(await value('enterprise.verifySms', { challengeId: challenge.challengeId, code: sms.code })).toEqual({ verified: true, attemptsLeft: null });

    const documents: string[] = [];
    for (const documentType of checked.requiredDocuments) {
      const view = await value<{ documentId: string; kind: string }>('enterprise.addCapturedDocument', {
        documentType,
        jpegBase64: TINY_JPEG.toString('base64'),
      });
      expect(view.kind).toBe('jpeg');
      documents.push(view.documentId);
    }
    expect(await call('enterprise.submitAppeal', { smsChallengeId: challenge.challengeId, documents: documents.slice(0, 2), remark: '' })).toMatchObject({
      ok: false,
      error: { code: 'APPEAL_DOCUMENTS_MISSING', field: 'documents' },
    });
    // What the renderer receives: the hub drops any payload that does not match the contract.
    const pushed: Array<{ name: string; payload: Record<string, unknown> }> = [];
    runtime.events.attach((name, payload) => pushed.push({ name, payload: payload as Record<string, unknown> }));
    const receipt = await value<{ outboxItemId: string }>('enterprise.submitAppeal', {
      smsChallengeId: challenge.challengeId,
      documents,
      remark: '  法人变更后无法注册  ',
    });
    expect(receipt).toMatchObject({ service: 'appeal', queued: true, maskedEnterpriseName: '长春******公司', maskedName: '赵*', maskedPhone: '136****0001' });
    // Submitted once: the held documents are gone, a second submit finds no identity step.
    expect(await call('enterprise.submitAppeal', { smsChallengeId: challenge.challengeId, documents, remark: '' })).toMatchObject({
      ok: false,
      error: { code: 'person.stepMissing' },
    });

    // The outbox sends it: one upload per document, then nothing pending.
    const deadline = Date.now() + 15_000;
    let status = await value<{ pending: number; dead: number }>('sync.status');
    while (status.pending > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      status = await value('sync.status');
    }
    expect(status).toMatchObject({ pending: 0, dead: 0 });
    const uploads = (await (await fetch(`${runtime.identity.embeddedUrl}/dev/uploads`)).json()) as { chunks: Array<{ documentType: string; offset: number }> };
    expect(new Set(uploads.chunks.map((c) => c.documentType))).toEqual(new Set(checked.requiredDocuments));
    // The done screen follows the receipt's outbox item: progress over the whole item, then sent.
    const progress = pushed.filter((e) => e.name === 'sync.progress' && e.payload.itemId === receipt.outboxItemId).map((e) => e.payload);
    expect(progress.at(-1)).toMatchObject({ phase: 'record', documentsDone: documents.length, documentsTotal: documents.length });
    expect(progress.at(-1)?.itemBytesSent).toBe(progress.at(-1)?.itemBytesTotal);
    expect(pushed).toContainEqual({ name: 'sync.sent', payload: { itemId: receipt.outboxItemId, kind: 'appeal' } });
  });
});
