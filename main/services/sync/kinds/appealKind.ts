import { createAppealRequestSchema, createUploadRequestSchema, type CreateAppealRequest } from '../../../../common/identityApi/appeals';
import type { IdentityClient } from '../../identity';
import type { OutboxItemContext } from '../outboxSender';
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

/**
 * The draft is created under a key derived from the item's, so every attempt finds the same draft.
 * Within one attempt it is asked for once: every upload and the submission of that attempt carry
 * the same payload object (decrypted anew for each attempt), which keys the answer.
 */
const draftsOfAttempt = new WeakMap<object, Promise<string>>();

function appealDraft(client: Pick<IdentityClient, 'createAppeal'>, payload: CreateAppealRequest, item: OutboxItemContext): Promise<string> {
  const attempt = typeof item.payload === 'object' && item.payload !== null ? item.payload : null;
  const known = attempt && draftsOfAttempt.get(attempt);
  if (known) return known;
  const draft = client.createAppeal(payload, `${item.idempotencyKey}:appeal`).then((created) => created.appealId);
  if (attempt) draftsOfAttempt.set(attempt, draft);
  return draft;
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
    const appealId = await appealDraft(client, payload, request.item);
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
    await client.submitAppeal(await appealDraft(client, payload, record), record.idempotencyKey);
  },
});
