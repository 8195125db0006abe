import { z } from 'zod';
import { isoDateTimeSchema } from './primitives';
import { op } from './operation';

export const heartbeatRequestSchema = z.object({
  appVersion: z.string().min(1).max(40),
  devices: z.array(z.object({ id: z.string().min(1).max(64), kind: z.string().min(1).max(40), status: z.enum(['ok', 'degraded', 'absent', 'error']) })).max(32),
  queueDepth: z.number().int().min(0),
  uptimeSeconds: z.number().int().min(0).optional(),
});
export type HeartbeatRequest = z.infer<typeof heartbeatRequestSchema>;
export const heartbeatAckSchema = z.object({ receivedAt: isoDateTimeSchema });

export const heartbeatOperations = {
  sendHeartbeat: op({
    method: 'POST',
    path: '/v1/heartbeats',
    summary: 'Kiosk health: version, devices, queue depth',
    kind: 'write',
    request: heartbeatRequestSchema,
    response: heartbeatAckSchema,
    status: 200,
    errors: [],
  }),
};
