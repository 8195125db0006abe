import { z } from 'zod';
import { method } from '../define';

export const sessionEndReasonSchema = z.enum(['finished', 'cancelled', 'timeout']);
export type SessionEndReason = z.infer<typeof sessionEndReasonSchema>;

export const sessionMethods = {
  /** Drops everything main holds for the citizen at the screen. */
  end: method(z.object({ reason: sessionEndReasonSchema }).strict(), z.object({ ended: z.literal(true) })),
};
