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
  bytesSent: z.number().nonnegative(),
  bytesTotal: z.number().nonnegative(),
});

export const syncRetrySchema = z.object({
  itemId: z.string(),
  kind: z.string(),
  attempts: z.number().int(),
  delayMs: z.number().nonnegative(),
  reason: z.string().max(200),
});

export const syncMethods = {
  status: method(z.undefined(), syncStatusSchema),
};
