import { z } from 'zod';
import { method } from '../define';
import { healthSchema } from './system';
import { syncStatusSchema } from './sync';

export const staffPinSchema = z.string().regex(/^\d{4,12}$/, 'PIN is 4 to 12 digits');
export const staffIdSchema = z.string().regex(/^[A-Za-z0-9]{2,16}$/, '2 to 16 letters or digits');

export const assistedStatusSchema = z.discriminatedUnion('active', [
  z.object({ active: z.literal(false) }),
  z.object({ active: z.literal(true), staffId: staffIdSchema, since: z.string(), expiresAt: z.string() }),
]);
export type AssistedStatus = z.infer<typeof assistedStatusSchema>;

/** A queued item as a clerk reads it: which service, for whom (masked), where it stands and why. */
export const staffQueueItemSchema = z.object({
  id: z.string(),
  kind: z.string(),
  /** The translation key naming the service (the raw kind for one this build does not know). */
  label: z.string(),
  state: z.enum(['pending', 'dead']),
  attempts: z.number().int(),
  createdAt: z.number(),
  nextAttemptAt: z.number().nullable(),
  lastError: z.string().nullable(),
  lastErrorField: z.string().nullable(),
  /** What the clerk can do about the last failure; `refused` items carry the server's code in `lastError`. */
  reason: z.enum(['unreachable', 'busy', 'auth', 'upload', 'refused', 'unexpected']).nullable(),
  /** Who it is for, masked ("陈* 540**********1165"); null when the payload names no one or cannot be read. */
  citizen: z.string().nullable(),
  attachments: z.array(z.object({ name: z.string(), contentType: z.string(), length: z.number(), uploaded: z.boolean() })),
});
export type StaffQueueItem = z.infer<typeof staffQueueItemSchema>;

export const diagnosticsSchema = z.object({
  health: healthSchema,
  sync: syncStatusSchema,
  reader: z.object({ state: z.string(), reader: z.string().nullable(), reason: z.string().optional() }),
  audit: z.object({ ok: z.boolean(), rows: z.number().int(), brokenAt: z.number().int().optional(), reason: z.string().optional() }),
  versions: z.record(z.string(), z.string()),
  memory: z.object({ rssMb: z.number(), heapUsedMb: z.number() }),
  disk: z.object({ freeMb: z.number(), totalMb: z.number() }),
  uptimeSeconds: z.number(),
});
export type Diagnostics = z.infer<typeof diagnosticsSchema>;

export const staffMethods = {
  /** Leaves kiosk mode; only after the staff key chord, and only with the hall's exit PIN. */
  exitKiosk: method(z.object({ pin: staffPinSchema }).strict(), z.object({ accepted: z.literal(true) })),
  /** Starts assisted mode with a staff PIN, or with the staff card just read (by its read id). */
  unlock: method(
    z.discriminatedUnion('method', [
      z.object({ method: z.literal('pin'), staffId: staffIdSchema, pin: staffPinSchema }).strict(),
      z.object({ method: z.literal('card'), readId: z.string().min(1).max(64) }).strict(),
    ]),
    assistedStatusSchema,
  ),
  lock: method(z.undefined(), assistedStatusSchema),
  status: method(z.undefined(), assistedStatusSchema),
  queue: method(z.object({ state: z.enum(['pending', 'dead']).optional() }).strict(), z.array(staffQueueItemSchema)),
  /** Sends a pending item now or a dead one again; staff only (assisted mode), audited with the staff id. */
  retry: method(z.object({ id: z.string().uuid() }).strict(), z.object({ retried: z.literal(true) })),
  diagnostics: method(z.undefined(), diagnosticsSchema),
  /**
   * The clerk attests that they checked the citizen's identity in person (face capture failed);
   * recorded with the staff id in the audit log. `subject` names what it was for (a flow step).
   */
  attest: method(z.object({ subject: z.string().min(1).max(64) }).strict(), z.object({ attestationId: z.string(), staffId: staffIdSchema, at: z.string() })),
};
