import { z } from 'zod';
import { isoDateTimeSchema } from './primitives';
import { op } from './operation';

export const deviceStatusSchema = z.enum(['ok', 'degraded', 'absent', 'error', 'unknown']);
export type DeviceStatus = z.infer<typeof deviceStatusSchema>;

/** The devices a kiosk reports on: the ID card reader, the two cameras and the receipt printer. */
export const heartbeatDeviceKinds = ['idcard', 'faceCamera', 'documentCamera', 'printer'] as const;

export const heartbeatCrashSchema = z.object({
  at: isoDateTimeSchema,
  /** Where it happened: `main` (uncaught exception / unhandled rejection) or `renderer`. */
  source: z.enum(['main', 'renderer']),
  /** The error's class and redacted message; no stack, no personal data. */
  summary: z.string().max(300),
  /** Crashes since the kiosk last ran for a while without one. */
  count: z.number().int().min(1),
});
export type HeartbeatCrash = z.infer<typeof heartbeatCrashSchema>;

/**
 * The fields after `uptimeSeconds` are optional so that a gateway keeps accepting kiosks of older
 * versions while a province upgrades them hall by hall.
 */
export const heartbeatRequestSchema = z.object({
  appVersion: z.string().min(1).max(40),
  devices: z.array(z.object({ id: z.string().min(1).max(64), kind: z.string().min(1).max(40), status: deviceStatusSchema })).max(32),
  /** Items waiting to be sent. */
  queueDepth: z.number().int().min(0),
  uptimeSeconds: z.number().int().min(0).optional(),
  hallId: z.string().min(1).max(64).optional(),
  /** Outbox items by state, and how long the oldest waiting item has waited. */
  queue: z
    .object({
      pending: z.number().int().min(0),
      dead: z.number().int().min(0),
      oldestPendingAgeSeconds: z.number().int().min(0).nullable(),
    })
    .optional(),
  /** The most recent crash, until the kiosk has run a while without one. */
  lastCrash: heartbeatCrashSchema.nullable().optional(),
  /** Kiosk clock minus gateway clock, measured on the previous heartbeat's round trip. */
  clockSkewMs: z.number().int().nullable().optional(),
  /** Free bytes on the data directory's disk. */
  freeDiskBytes: z.number().int().min(0).optional(),
});
export type HeartbeatRequest = z.infer<typeof heartbeatRequestSchema>;
export const heartbeatAckSchema = z.object({ receivedAt: isoDateTimeSchema });

export const heartbeatOperations = {
  sendHeartbeat: op({
    method: 'POST',
    path: '/v1/heartbeats',
    summary: 'Kiosk health: version, devices, queue, last crash, clock skew, free disk',
    kind: 'write',
    request: heartbeatRequestSchema,
    response: heartbeatAckSchema,
    status: 200,
    errors: [],
  }),
};
