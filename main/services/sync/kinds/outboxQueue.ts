import type { z } from 'zod';
import type { EnqueueInput } from '../../store/outboxRepository';
import { PAYLOAD_INVALID, refusedField } from './outboxKind';

export type OutboxAttachment = NonNullable<EnqueueInput['attachments']>[number];

/**
 * Where a flow saves work that can wait. Resolves only once the item (encrypted) is committed; only
 * then may the citizen be told "saved, will be sent". The item's id is its Idempotency-Key.
 */
export interface OutboxQueue<P> {
  enqueue(payload: P, attachments?: readonly OutboxAttachment[]): Promise<{ itemId: string }>;
}

/** What the outbox offers the enqueue side (a structural slice of OutboxServices, so flows need no database). */
export interface OutboxEnqueuePort {
  repository: { enqueue(input: EnqueueInput): string };
  scheduler: { kick(): void };
}

/**
 * The queue of one kind: the payload is checked with the kind's schema before anything is written
 * (a refusal is a kiosk bug), then committed in one transaction with its attachments, then the
 * sender is woken.
 */
export function outboxQueue<S extends z.ZodType>(kind: { kind: string; schema: S }, outbox: OutboxEnqueuePort): OutboxQueue<z.output<S>> {
  return {
    enqueue: async (payload, attachments = []) => {
      const checked = kind.schema.safeParse(payload);
      // A flow built a payload its kind refuses: a kiosk bug, so nothing is written and the call fails as internal.
      if (!checked.success) throw new Error(`${PAYLOAD_INVALID}: ${kind.kind} payload refused by its schema at '${refusedField(checked.error) ?? ''}'`);
      const itemId = outbox.repository.enqueue({ kind: kind.kind, payload, attachments });
      outbox.scheduler.kick();
      return { itemId };
    },
  };
}
