import { z } from 'zod';
import { callOutcomeSchema } from './envelope';

/** Subprotocol the browser shell's bridge speaks; the page is admitted by its session cookie. */
export const wsSubprotocol = 'kiosk-bridge.v1';
export const wsBridgePath = '/bridge';

export const wsCallSchema = z.object({
  t: z.literal('call'),
  id: z.number().int().nonnegative(),
  method: z.string().max(100),
  arg: z.unknown().optional(),
});
export type WsCall = z.infer<typeof wsCallSchema>;

export const wsServerMessageSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('reply'), id: z.number().int().nonnegative().nullable(), outcome: callOutcomeSchema }),
  z.object({ t: z.literal('event'), name: z.string(), payload: z.unknown() }),
]);
export type WsServerMessage = z.infer<typeof wsServerMessageSchema>;
