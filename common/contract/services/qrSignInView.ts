import { z } from 'zod';
import { method } from '../define';

/** A QR sign-in with the province app as a screen shows it: the code's payload, the app, the countdown, and who confirmed. */
export const qrSignInViewSchema = z.object({
  sessionId: z.string().max(64),
  status: z.enum(['pending', 'confirmed', 'expired']),
  qrPayload: z.string().max(500),
  appName: z.string().max(100),
  expiresAt: z.string().max(40),
  pollIntervalMs: z.number().int().min(100),
  /** Once confirmed: who signed in (masked). */
  maskedName: z.string().max(100).nullable(),
});
export type QrSignInView = z.infer<typeof qrSignInViewSchema>;

/** The three calls of a QR sign-in, the same for every service that offers one. */
export const qrSignInMethods = {
  /** Start with one of the province's apps (the profile's first when none is named). */
  qrStart: method(z.object({ appId: z.string().min(1).max(40).optional() }).strict(), qrSignInViewSchema),
  qrPoll: method(z.undefined(), qrSignInViewSchema),
  /** Demo and training kiosks only: stands in for the citizen confirming in the app. */
  qrDemoConfirm: method(z.object({ idNumber: z.string().min(1).max(32) }).strict(), z.object({ confirmed: z.literal(true) })),
};
