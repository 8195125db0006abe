import { z } from 'zod';
import { method } from '../define';

export const staffPinSchema = z.string().regex(/^\d{4,12}$/, 'PIN is 4 to 12 digits');

export const staffMethods = {
  /** Leaves kiosk mode; only after the staff key chord, and only with the hall's exit PIN. */
  exitKiosk: method(z.object({ pin: staffPinSchema }).strict(), z.object({ accepted: z.literal(true) })),
};
