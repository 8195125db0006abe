import { z } from 'zod';
import { documentNumberSchema, entityIdSchema, idTypeSchema, nameSchema } from './primitives';
import { op } from './operation';

export const livenessActionSchema = z.enum(['blink', 'open_mouth', 'turn_left', 'turn_right', 'nod']);

/**
 * The kiosk's own 1:1 comparison of the live face with the card's chip photo, made before the
 * request leaves (and kept with it while offline): the cosine similarity of two face embeddings,
 * the thresholds it was judged by and the model that made them. "not-available": no comparison was
 * possible (no licensed photo decoder, no face found), so nothing is claimed either way.
 */
export const cardPhotoMatchResultSchema = z.object({
  status: z.enum(['match', 'uncertain', 'mismatch', 'not-available']),
  score: z.number().min(-1).max(1).nullable(),
  /** Below this similarity the kiosk stops the flow as a clear mismatch. */
  threshold: z.number().min(-1).max(1),
  /** At or above this similarity the kiosk takes the faces as the same person. */
  matchThreshold: z.number().min(-1).max(1),
  model: z.string().max(200),
  reason: z.string().max(200).optional(),
});
export type CardPhotoMatchResult = z.infer<typeof cardPhotoMatchResultSchema>;

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
  cardPhotoMatch: cardPhotoMatchResultSchema.optional(),
});
export type FaceVerificationRequest = z.infer<typeof faceVerificationRequestSchema>;

export const faceVerificationSchema = z.object({
  verificationId: entityIdSchema,
  result: z.enum(['match', 'no_match', 'liveness_failed']),
  score: z.number().min(0).max(1),
});
export type FaceVerification = z.infer<typeof faceVerificationSchema>;

/** Face sign-in for the holder's account, after a live face of this holder matched. */
export const faceEnrolmentRequestSchema = z.object({
  holder: z.object({ name: nameSchema, idType: idTypeSchema, idNumber: documentNumberSchema }),
  faceVerificationId: entityIdSchema,
});
export const faceEnrolmentSchema = z.object({ accountId: entityIdSchema, faceSignIn: z.literal(true) });

export const faceOperations = {
  enrolFace: op({
    method: 'POST',
    path: '/v1/face-enrolments',
    summary: "Enrol the matched face for face sign-in on the holder's account",
    kind: 'write',
    request: faceEnrolmentRequestSchema,
    response: faceEnrolmentSchema,
    status: 200,
    errors: ['ACCOUNT_NOT_FOUND', 'NAME_MISMATCH', 'FACE_NOT_MATCHED'],
  }),
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
