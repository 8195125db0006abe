import { isKioskError } from '../../../common/errors';
import type { AuditLog, AuditEntry } from '../store/auditLog';
import type { OutboxRepository, OutboxState } from '../store/outboxRepository';
import { staffLabelOf } from './kinds/outboxKinds';
import { maskPayload } from './maskPersonal';

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
    return this.repository.list(options).map((item) => ({
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
      masked: this.#masked(item.id),
      attachments: this.repository.attachments(item.id).map((a) => ({
        name: a.name,
        contentType: a.contentType,
        length: a.length,
        uploaded: a.uploaded,
      })),
    }));
  }

  /** The failure reason of each dead item, for the staff summary. */
  failures(): Array<{ id: string; kind: string; code: string | null; field: string | null; deadAt: number | null }> {
    return this.repository
      .list({ state: 'dead', limit: 1000 })
      .map((i) => ({ id: i.id, kind: i.kind, code: i.lastError, field: i.lastErrorField, deadAt: i.deadAt }));
  }

  /** Sends a dead item again (after staff fixed the cause with the citizen); false if not dead. */
  retry(itemId: string, staffId: string): boolean {
    const revived = this.repository.revive(itemId, `staff:${staffId}`);
    if (revived) this.onRetry();
    return revived;
  }

  auditTrail(limit?: number): AuditEntry[] {
    return this.audit.recent(limit);
  }

  #masked(id: string): unknown {
    try {
      return maskPayload(this.repository.readPayload(id));
    } catch (error) {
      if (isKioskError(error) && error.code.startsWith('crypto.')) return null;
      throw error;
    }
  }
}
