import { z } from 'zod';
import { kioskErrorSchema } from '../kioskErrorSchema';

/** The one error body of the identity API: the shared KioskError shape plus retry hints. */
export const apiErrorSchema = kioskErrorSchema.extend({
  attemptsLeft: z.number().int().min(0).optional(),
  retryAfterSeconds: z.number().int().min(0).optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

/** Codes about the transport and the protocol; domain codes come from common/domain. */
export const apiErrorCodes = {
  validation: 'REQUEST_INVALID',
  notFound: 'NOT_FOUND',
  internal: 'INTERNAL_ERROR',
  unavailable: 'SERVICE_UNAVAILABLE',
  rateLimited: 'RATE_LIMITED',
  authMissing: 'AUTH_MISSING',
  authUnknownKiosk: 'AUTH_UNKNOWN_KIOSK',
  authBadSignature: 'AUTH_BAD_SIGNATURE',
  authStaleTimestamp: 'AUTH_STALE_TIMESTAMP',
  authReplayedNonce: 'AUTH_REPLAYED_NONCE',
  idempotencyKeyMissing: 'IDEMPOTENCY_KEY_MISSING',
  idempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED',
  idempotencyInFlight: 'IDEMPOTENCY_IN_FLIGHT',
  sealUnsupported: 'SEAL_SCHEME_UNSUPPORTED',
  sealInvalid: 'SEAL_INVALID',
} as const;
