import { z } from 'zod';
import { isoDateTimeSchema } from './primitives';

export const heartbeatRequestSchema = z.object({
  appVersion: z.string().min(1).max(40),
  devices: z
    .array(z.object({ id: z.string().min(1).max(64), kind: z.string().min(1).max(40), status: z.enum(['ok', 'degraded', 'absent', 'error']) }))
    .max(32),
  queueDepth: z.number().int().min(0),
  uptimeSeconds: z.number().int().min(0).optional(),
});
export type HeartbeatRequest = z.infer<typeof heartbeatRequestSchema>;
export const heartbeatAckSchema = z.object({ receivedAt: isoDateTimeSchema });
