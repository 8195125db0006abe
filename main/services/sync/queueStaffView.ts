import { isKioskError } from '../../../common/errors';
import type { AuditLog, AuditEntry } from '../store/auditLog';
import type { OutboxRepository, OutboxState } from '../store/outboxRepository';
import { staffLabelOf } from './kinds/outboxKinds';
import { citizenOf, maskPayload } from './maskPersonal';

/**
 * Why an item is still waiting or was given up, as a clerk can act on it: the link is down, the
 * server is busy, the kiosk's credentials were refused, an upload must start again, the server
 * refused the item itself (the code then says why), or something the kiosk did not expect.
 */
export type QueueReason = 'unreachable' | 'busy' | 'auth' | 'upload' | 'refused' | 'unexpected';

/** The client's codes for a link that did not carry the request; every other retryable answer came from a busy server. */
const unreachableCodes = new Set(['IDENTITY_API_UNREACHABLE', 'IDENTITY_API_TIMEOUT', 'IDENTITY_API_CONNECTION_LOST']);

/** Sorts the recorded reason of the last attempt into what a clerk can do about it. */
export function reasonOf(state: OutboxState, lastError: string | null): QueueReason | null {
  if (lastError === null) return null;
  if (state === 'dead') return 'refused';
  if (lastError === 'auth' || lastError === 'IDENTITY_API_TLS_UNTRUSTED') return 'auth';
  if (lastError.startsWith('upload') || lastError === 'IDENTITY_API_UPLOAD_STALLED') return 'upload';
  if (unreachableCodes.has(lastError)) return 'unreachable';
  if (lastError.startsWith('unexpected')) return 'unexpected';
  return 'busy';
}

export interface StaffQueueItem {
  id: string;
  kind: string;
  /** The translation key naming the kind's service (the raw kind for one this build does not know). */
  label: string;
  state: OutboxState;
  attempts: number;
  createdAt: number;
  nextAttemptAt: number;
  deadAt: number | null;
  /** Why the last attempt failed: an error code, never personal data. */
  lastError: string | null;
  lastErrorField: string | null;
  reason: QueueReason | null;
  /** Who it is for, masked; null if the payload names no one or can no longer be decrypted. */
  citizen: string | null;
  /** The payload with every text field masked; null if it can no longer be decrypted. */
  masked: unknown;
  attachments: Array<{ name: string; contentType: string; length: number; uploaded: boolean }>;
}

/** What counter staff may see and do with the queue in assisted mode; every action is audited. */
export class QueueStaffView {
  constructor(
    private readonly repository: OutboxRepository,
    private readonly audit: AuditLog,
    /** Wakes the scheduler after a retry. */
    private readonly onRetry: () => void,
  ) {}

  counts(): Record<OutboxState, number> {
    return this.repository.counts();
  }

  list(options: { state?: OutboxState; limit?: number; offset?: number } = {}): StaffQueueItem[] {
    return this.repository.list(options).map((item) => {
      const payload = this.#payload(item.id);
      return {
        id: item.id,
        kind: item.kind,
        label: staffLabelOf(item.kind),
        state: item.state,
        attempts: item.attempts,
        createdAt: item.createdAt,
        nextAttemptAt: item.nextAttemptAt,
        deadAt: item.deadAt,
        lastError: item.lastError,
        lastErrorField: item.lastErrorField,
        reason: reasonOf(item.state, item.lastError),
        citizen: payload === null ? null : citizenOf(payload),
        masked: payload === null ? null : maskPayload(payload),
        attachments: this.repository.attachments(item.id).map((a) => ({
          name: a.name,
          contentType: a.contentType,
          length: a.length,
          uploaded: a.uploaded,
        })),
      };
    });
  }

  /** The failure reason of each dead item, for the staff summary. */
  failures(): Array<{ id: string; kind: string; code: string | null; field: string | null; deadAt: number | null }> {
    return this.repository
      .list({ state: 'dead', limit: 1000 })
      .map((i) => ({ id: i.id, kind: i.kind, code: i.lastError, field: i.lastErrorField, deadAt: i.deadAt }));
  }

  /**
   * Sends an item again now: a dead one after staff fixed the cause with the citizen, a pending one
   * without waiting out its back-off (the link is back). False if the item is gone (sent meanwhile).
   */
  retry(itemId: string, staffId: string): boolean {
    const actor = `staff:${staffId}`;
    const retried = this.repository.revive(itemId, actor) || this.repository.dueNow(itemId, actor);
    if (retried) this.onRetry();
    return retried;
  }

  auditTrail(limit?: number): AuditEntry[] {
    return this.audit.recent(limit);
  }

  #payload(id: string): unknown {
    try {
      return this.repository.readPayload(id);
    } catch (error) {
      if (isKioskError(error) && error.code.startsWith('crypto.')) return null;
      throw error;
    }
  }
}
