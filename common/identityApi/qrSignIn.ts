import { z } from 'zod';
import { accountKindSchema, documentNumberSchema, entityIdSchema, isoDateTimeSchema } from './primitives';
import { op } from './operation';

export const createQrSessionRequestSchema = z.object({ appId: z.string().min(1).max(40) });
export const qrSessionStatusSchema = z.enum(['pending', 'confirmed', 'expired']);

export const qrSessionSchema = z.object({
  sessionId: entityIdSchema,
  status: qrSessionStatusSchema,
  /** What the QR code encodes; the province app recognises it. */
  qrPayload: z.string(),
  appName: z.string(),
  expiresAt: isoDateTimeSchema,
  pollIntervalMs: z.number().int().min(100),
  account: z.object({ accountId: entityIdSchema, kind: accountKindSchema, maskedName: z.string() }).optional(),
});
export type QrSession = z.infer<typeof qrSessionSchema>;

/** Sent by the province app's gateway once the citizen confirmed in the app. */
export const confirmQrSessionRequestSchema = z.object({ idNumber: documentNumberSchema });

export const qrSignInOperations = {
  createQrSession: op({
    method: 'POST',
    path: '/v1/qr-sessions',
    summary: 'Start a QR sign-in with the province app',
    kind: 'write',
    request: createQrSessionRequestSchema,
    response: qrSessionSchema,
    status: 201,
    errors: ['QR_APP_UNKNOWN'],
  }),
  getQrSession: op({
    method: 'GET',
    path: '/v1/qr-sessions/{sessionId}',
    summary: 'Poll a QR sign-in',
    kind: 'read',
    request: undefined,
    response: qrSessionSchema,
    status: 200,
    errors: ['QR_SESSION_NOT_FOUND'],
  }),
  confirmQrSession: op({
    method: 'POST',
    path: '/v1/qr-sessions/{sessionId}/confirmation',
    summary: 'The province app confirms the sign-in',
    kind: 'write',
    request: confirmQrSessionRequestSchema,
    response: qrSessionSchema,
    status: 200,
    errors: ['QR_SESSION_NOT_FOUND', 'QR_SESSION_EXPIRED', 'ACCOUNT_NOT_FOUND'],
  }),
};
