import type { CreateAppealRequest } from '../../../../common/identityApi/appeals';

/** One document of a queued appeal: named by its material, bytes as checked at the kiosk. */
export interface AppealAttachment {
  documentType: string;
  contentType: string;
  data: Buffer;
}

/**
 * The queueable part of the appeal: the package is committed (encrypted, in one transaction) before
 * this resolves, and only then is the citizen told it will be sent. The item id is its Idempotency-Key.
 */
export interface AppealQueue {
  enqueue(request: CreateAppealRequest, attachments: readonly AppealAttachment[]): Promise<{ itemId: string }>;
}

/** What the outbox offers (a structural slice of runtime.outbox.services). */
export interface AppealOutboxPort {
  store: { db: { transaction<T>(fn: () => T): () => T } };
  repository: { enqueue(input: { kind: string; payload: unknown; attachments?: readonly { name: string; contentType: string; data: Buffer }[] }): string };
  scheduler: { kick(): void };
}

/** Outbox kind the identity sender turns into createAppeal → uploads → submitAppeal. */
export const APPEAL_KIND = 'appeal';

export function outboxAppealQueue(outbox: AppealOutboxPort): AppealQueue {
  return {
    enqueue: async (request, attachments) => {
      const itemId = outbox.store.db.transaction(() =>
        outbox.repository.enqueue({
          kind: APPEAL_KIND,
          payload: request,
          attachments: attachments.map((a) => ({ name: a.documentType, contentType: a.contentType, data: a.data })),
        }),
      )();
      outbox.scheduler.kick();
      return { itemId };
    },
  };
}
