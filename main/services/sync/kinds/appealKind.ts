import { createAppealRequestSchema, createUploadRequestSchema, type CreateAppealRequest } from '../../../../common/identityApi/appeals';
import type { IdentityClient } from '../../identity';
import { defineOutboxKind, parseForSending } from './outboxKind';

const extensions: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

/** The draft is created under a key derived from the item's, so every attempt finds the same draft. */
async function appealDraft(client: Pick<IdentityClient, 'createAppeal'>, payload: CreateAppealRequest, itemKey: string): Promise<string> {
  return (await client.createAppeal(payload, `${itemKey}:appeal`)).appealId;
}

/**
 * An enterprise account appeal: the payload is the createAppeal body, the attachments are named by
 * document type. Three server resources: the draft, one upload per document (keyed by the
 * attachment id), and the submission (keyed by the item id).
 */
export const appealKind = defineOutboxKind({
  kind: 'appeal',
  schema: createAppealRequestSchema,
  staffLabel: 'enterprise.receipt.services.appeal',
  client: ['createAppeal', 'createUpload', 'submitAppeal'],
  async createUpload(client, payload, request) {
    const appealId = await appealDraft(client, payload, request.item.idempotencyKey);
    const body = parseForSending(createUploadRequestSchema, {
      documentType: request.name,
      fileName: `${request.name}.${extensions[request.contentType] ?? 'bin'}`,
      contentType: request.contentType,
      length: request.length,
      sha256: request.sha256,
    });
    const state = await client.createUpload(appealId, body, request.idempotencyKey);
    return { url: state.uploadId };
  },
  async send(client, payload, record) {
    await client.submitAppeal(await appealDraft(client, payload, record.idempotencyKey), record.idempotencyKey);
  },
});
