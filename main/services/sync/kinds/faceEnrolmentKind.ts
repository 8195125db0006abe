import { faceVerificationRequestSchema } from '../../../../common/identityApi/face';
import { defineOutboxKind, refuseRecord } from './outboxKind';

/**
 * A face enrolment captured while the link was down (person flows): sent as the face verification
 * under the item's key, then the enrolment of the matched face on the holder's account under a key
 * derived from it, so a retry applies each once.
 */
export const faceEnrolmentKind = defineOutboxKind({
  kind: 'faceEnrolment',
  schema: faceVerificationRequestSchema,
  staffLabel: 'person.receipt.services.faceEnrolment',
  client: ['verifyFace', 'send'],
  async send(client, payload, record) {
    const verdict = await client.verifyFace(payload, record.idempotencyKey);
    // The comparison was made and said no: sending again would say no again. Kept for staff.
    if (verdict.result !== 'match') throw refuseRecord(`FACE_${verdict.result.toUpperCase()}`);
    await client.send('enrolFace', {
      body: { holder: payload.subject, faceVerificationId: verdict.verificationId },
      idempotencyKey: `${record.idempotencyKey}-enrol`,
    });
  },
});
