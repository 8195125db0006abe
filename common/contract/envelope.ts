import { z } from 'zod';
import type { KioskErrorShape } from '../errors';
import { kioskErrorSchema } from '../kioskErrorSchema';

/** What every transport returns for a call: errors travel as data, never as thrown IPC errors. */
export type CallOutcome = { ok: true; value: unknown } | { ok: false; error: KioskErrorShape };

export const callOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: kioskErrorSchema }),
]);

/** Error codes produced by the bridge itself, before or after a handler runs. */
export const bridgeErrorCodes = {
  unknownMethod: 'bridge.unknownMethod',
  invalidArgument: 'bridge.invalidArgument',
  invalidResult: 'bridge.invalidResult',
  untrustedSender: 'bridge.untrustedSender',
  malformedMessage: 'bridge.malformedMessage',
  disconnected: 'bridge.disconnected',
  internal: 'internal',
} as const;
