import { faceVerificationRequestSchema } from '../../../../common/identityApi/face';
import { defineOutboxKind, refuseRecord } from './outboxKind';

/** A face enrolment captured while the link was down (person flows), sent as a face verification under the item's key. */
export const faceEnrolmentKind = defineOutboxKind({
  kind: 'faceEnrolment',
  schema: faceVerificationRequestSchema,
  staffLabel: 'person.receipt.services.faceEnrolment',
  client: ['verifyFace'],
  async send(client, payload, record) {
    const verdict = await client.verifyFace(payload, record.idempotencyKey);
    // The comparison was made and said no: sending again would say no again. Kept for staff.
    if (verdict.result !== 'match') throw refuseRecord(`FACE_${verdict.result.toUpperCase()}`);
  },
});
