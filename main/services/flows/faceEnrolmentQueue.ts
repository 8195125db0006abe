import type { FaceVerificationRequest } from '../../../common/identityApi/face';

/**
 * The queueable part of the person flows: a face enrolment the kiosk could not send now. The
 * implementation must have committed the item (encrypted, in one transaction) before it resolves;
 * only then is the citizen told "saved, will be sent". The item's id is its Idempotency-Key.
 */
export interface FaceEnrolmentQueue {
  enqueue(request: FaceVerificationRequest): Promise<{ itemId: string }>;
}

/** What the outbox offers (a structural slice of OutboxServices, so this module needs no database). */
export interface OutboxEnqueuePort {
  repository: { enqueue(input: { kind: string; payload: unknown }): string };
  scheduler: { kick(): void };
}

/** Outbox kind for queued face enrolments; the sender sends it with verifyFace(payload, item id). */
export const FACE_ENROLMENT_KIND = 'faceEnrolment';

/** Adapts the encrypted outbox (runtime.outbox) to the face-enrolment port. */
export function outboxFaceEnrolmentQueue(outbox: OutboxEnqueuePort): FaceEnrolmentQueue {
  return {
    enqueue: async (request) => {
      // enqueue commits its own transaction; the scheduler is woken only once the item is durable.
      const itemId = outbox.repository.enqueue({ kind: FACE_ENROLMENT_KIND, payload: request });
      outbox.scheduler.kick();
      return { itemId };
    },
  };
}
