import { z } from 'zod';
import { method } from '../define';

/** The outbox at a glance: link state and how much waits to be sent. No personal data. */
export const syncStatusSchema = z.object({
  online: z.boolean(),
  /** The server refused the kiosk's credentials; nothing is sent until IT fixes them. */
  paused: z.boolean(),
  pending: z.number().int().nonnegative(),
  dead: z.number().int().nonnegative(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const syncProgressSchema = z.object({
  itemId: z.string(),
  kind: z.string(),
  phase: z.enum(['upload', 'record']),
  /** The document being uploaded. */
  bytesSent: z.number().nonnegative(),
  bytesTotal: z.number().nonnegative(),
  /** The whole item, so a screen can say what is left. */
  itemBytesSent: z.number().nonnegative(),
  itemBytesTotal: z.number().nonnegative(),
  documentsDone: z.number().int().nonnegative(),
  documentsTotal: z.number().int().nonnegative(),
});
export type SyncProgress = z.infer<typeof syncProgressSchema>;

export const syncRetrySchema = z.object({
  itemId: z.string(),
  kind: z.string(),
  attempts: z.number().int(),
  delayMs: z.number().nonnegative(),
  /** Epoch ms of the next try. */
  nextAttemptAt: z.number().nonnegative(),
  reason: z.string().max(200),
});
export type SyncRetry = z.infer<typeof syncRetrySchema>;

export const syncSentSchema = z.object({ itemId: z.string(), kind: z.string() });

export const syncMethods = {
  status: method(z.undefined(), syncStatusSchema),
};
