import { z } from 'zod';
import { documentNumberSchema, entityIdSchema, idTypeSchema, nameSchema } from './primitives';
import { op } from './operation';

export const livenessActionSchema = z.enum(['blink', 'open_mouth', 'turn_left', 'turn_right', 'nod']);

/** One captured frame plus the liveness evidence the kiosk's pipeline gathered. */
export const faceVerificationRequestSchema = z.object({
  subject: z.object({ name: nameSchema, idType: idTypeSchema, idNumber: documentNumberSchema }),
  capture: z.object({
    contentType: z.enum(['image/jpeg', 'image/png']),
    /** base64 image, at most about 1.5 MB decoded. */
    data: z.string().min(1).max(2_000_000),
  }),
  liveness: z.object({
    score: z.number().min(0).max(1),
    actions: z.array(livenessActionSchema).max(10),
  }),
});
export type FaceVerificationRequest = z.infer<typeof faceVerificationRequestSchema>;

export const faceVerificationSchema = z.object({
  verificationId: entityIdSchema,
  result: z.enum(['match', 'no_match', 'liveness_failed']),
  score: z.number().min(0).max(1),
});
export type FaceVerification = z.infer<typeof faceVerificationSchema>;

export const faceOperations = {
  verifyFace: op({
    method: 'POST',
    path: '/v1/face-verifications',
    summary: "Compare a live capture with the person's identity",
    kind: 'write',
    request: faceVerificationRequestSchema,
    response: faceVerificationSchema,
    status: 201,
    errors: ['REAL_NAME_MISMATCH', 'CAPTURE_INVALID'],
  }),
};
