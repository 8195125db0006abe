import type { z } from 'zod';
import type { IdentityClient } from '../../identity';
import type { OutboxRecord, UploadCreateRequest } from '../outboxSender';
import { appealKind } from './appealKind';
import { faceEnrolmentKind } from './faceEnrolmentKind';
import { registerPersonKind } from './registerPersonKind';

/**
 * Every kind of queued work, once: the identity sender sends only these, the staff queue labels
 * them from here, and flows enqueue through them. A new kind is one file and one entry here.
 */
export const outboxKinds = [appealKind, faceEnrolmentKind, registerPersonKind] as const;

export type RegisteredOutboxKind = (typeof outboxKinds)[number];
export type OutboxKindName = RegisteredOutboxKind['kind'];
export type OutboxPayload<K extends OutboxKindName> = z.output<Extract<RegisteredOutboxKind, { kind: K }>['schema']>;
/** The identity-API calls sending every registered kind needs. */
export type OutboxKindsClient = Pick<IdentityClient, RegisteredOutboxKind['client'][number]>;

/** A kind seen without its payload type, as the sender and the staff view handle them. */
export interface AnyOutboxKind {
  readonly kind: string;
  readonly schema: z.ZodType;
  readonly staffLabel: string;
  send(client: OutboxKindsClient, payload: unknown, record: OutboxRecord): Promise<void>;
  createUpload?(client: OutboxKindsClient, payload: unknown, request: UploadCreateRequest): Promise<{ url: string }>;
}

const byName: ReadonlyMap<string, AnyOutboxKind> = new Map(outboxKinds.map((k): [string, AnyOutboxKind] => [k.kind, k]));

export function findOutboxKind(name: string): AnyOutboxKind | undefined {
  return byName.get(name);
}

/** What staff see for an item's kind: its label key, or the raw kind of one this build does not know. */
export function staffLabelOf(kind: string): string {
  return byName.get(kind)?.staffLabel ?? kind;
}
