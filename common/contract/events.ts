import { z } from 'zod';
import { cardReadSchema, readerStatusSchema } from './services/reader';
import { sessionEndReasonSchema } from './services/session';
import { assistedStatusSchema } from './services/staff';
import { syncProgressSchema, syncRetrySchema, syncSentSchema, syncStatusSchema } from './services/sync';
import { healthSchema } from './services/system';

/** Every event main may push to the renderer, with its payload schema. Add new ones here. */
export const kioskEvents = {
  'session.ended': z.object({ reason: sessionEndReasonSchema }),
  'system.health': healthSchema,
  'reader.status': readerStatusSchema,
  /** A card was read: its parsed fields for the form (the chip photo stays in main). */
  'reader.card': cardReadSchema,
  'reader.cardRemoved': z.object({}),
  'sync.status': syncStatusSchema,
  /** Assisted mode started or ended: the banner and staff-only controls follow it. */
  'staff.assisted': assistedStatusSchema,
  /** Upload progress of queued documents, for staff. */
  'sync.progress': syncProgressSchema,
  /** A send failed and will be retried after `delayMs` (backoff made visible). */
  'sync.retry': syncRetrySchema,
  /** An item reached the server and left the outbox. */
  'sync.sent': syncSentSchema,
  /** Demo and training kiosks only: the code the embedded identity API would have sent by SMS. */
  'demo.sms': z.object({ maskedPhone: z.string().max(20), code: z.string().regex(/^\d{4,8}$/) }),
} satisfies Record<string, z.ZodType>;

export type KioskEvents = typeof kioskEvents;
export type KioskEventName = keyof KioskEvents & string;
export type KioskEventPayload<E extends KioskEventName> = z.output<KioskEvents[E]>;
export const kioskEventNames = Object.keys(kioskEvents) as KioskEventName[];

export function isKioskEventName(name: unknown): name is KioskEventName {
  return typeof name === 'string' && Object.hasOwn(kioskEvents, name);
}
