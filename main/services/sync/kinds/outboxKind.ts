import type { z } from 'zod';
import type { IdentityClient } from '../../identity';
import { SendError, type OutboxRecord, type UploadCreateRequest } from '../outboxSender';

/** The code of an item (or upload) whose payload its kind's schema refuses. */
export const PAYLOAD_INVALID = 'outbox.payload_invalid';

/**
 * One kind of work the kiosk may queue for the identity API: the payload's schema (checked before
 * the item is written and again before it is sent), how the identity sender sends it, and the
 * label staff see in the queue. Every kind is listed once in `outboxKinds.ts`.
 */
export interface OutboxKind<K extends string, S extends z.ZodType, C extends keyof IdentityClient> {
  readonly kind: K;
  readonly schema: S;
  /** The renderer's translation key naming the service, for the staff queue. */
  readonly staffLabel: string;
  /** The identity-API calls sending it makes. */
  readonly client: readonly C[];
  /** Sends the record: resolving means the server durably has it. */
  send(client: Pick<IdentityClient, C>, payload: z.output<S>, record: OutboxRecord): Promise<void>;
  /** Kinds with attachments: creates (or, for a key already seen, finds again) one attachment's upload. */
  createUpload?(client: Pick<IdentityClient, C>, payload: z.output<S>, request: UploadCreateRequest): Promise<{ url: string }>;
}

export const defineOutboxKind = <K extends string, S extends z.ZodType, C extends keyof IdentityClient>(kind: OutboxKind<K, S, C>) => kind;

/** The path of the first field a schema refused, if it names one. */
export function refusedField(error: z.ZodError): string | undefined {
  return error.issues[0]?.path.join('.') || undefined;
}

/** Checks a value about to be sent; a refusal is final (the item is dead with PAYLOAD_INVALID). */
export function parseForSending<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const field = refusedField(result.error);
  throw new SendError(field ? { kind: 'rejected', code: PAYLOAD_INVALID, field } : { kind: 'rejected', code: PAYLOAD_INVALID });
}

/** A final refusal of the record by the kiosk itself. */
export const refuseRecord = (code: string): SendError => new SendError({ kind: 'rejected', code });
