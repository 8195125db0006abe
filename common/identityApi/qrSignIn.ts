import { z } from 'zod';
import { accountKindSchema, documentNumberSchema, entityIdSchema, isoDateTimeSchema } from './primitives';

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
