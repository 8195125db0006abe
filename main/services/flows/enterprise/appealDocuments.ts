import { allowedKinds, type AppealDocumentType } from '../../../../common/contract/services/enterpriseFlows';
import { KioskError } from '../../../../common/errors';
import type { DocumentSession } from '../../documents';
import type { OutboxAttachment } from '../../sync/kinds/outboxQueue';
import { invalidField, stepMissing } from '../core/flowErrors';
import type { FlowContext } from '../core/flowModule';

/** The appeal's materials: drives and files by random ids, checked by content, held in memory only. */
export function appealDocumentHandlers(ctx: FlowContext<unknown>) {
  const { documents, log } = ctx;
  return {
    listDrives: async () => ({ drives: await documents.listDrives() }),
    listDriveFiles: async ({ driveId }: { driveId: string }) => ({ files: await documents.listFiles(driveId) }),
    importDriveFile: async ({ driveId, fileId, documentType }: { driveId: string; fileId: string; documentType: AppealDocumentType }) => {
      const view = await documents.importFile(driveId, fileId, documentType);
      log.info('document imported from a drive', { documentType, kind: view.kind, size: view.size });
      return view;
    },
    addCapturedDocument: ({ documentType, jpegBase64 }: { documentType: AppealDocumentType; jpegBase64: string }) => {
      const bytes = Buffer.from(jpegBase64, 'base64');
      if (!allowedKinds[documentType].includes('jpeg')) throw invalidField('DOCUMENT_TYPE_NOT_ALLOWED', 'documentType');
      return documents.addCaptured(documentType, bytes);
    },
    removeDocument: ({ documentId }: { documentId: string }) => ({ removed: documents.remove(documentId) }),
  };
}

/**
 * The held documents the citizen submits, as outbox attachments in the order the appeal requires
 * them: every id must still be held, every required material present.
 */
export function appealAttachments(documents: DocumentSession, ids: readonly string[], required: readonly AppealDocumentType[]): OutboxAttachment[] {
  const held = ids.map((id) => documents.get(id));
  if (held.some((d) => !d)) throw stepMissing('a document is no longer held', 'documents');
  const byType = new Map(held.flatMap((d) => (d ? [[d.documentType, d] as const] : [])));
  const missing = required.filter((t) => !byType.has(t));
  if (missing.length > 0) throw new KioskError('APPEAL_DOCUMENTS_MISSING', `missing: ${missing.join(', ')}`, 'documents');
  return required.map((t) => {
    const d = byType.get(t)!;
    return { name: t, contentType: d.contentType, data: d.bytes };
  });
}
