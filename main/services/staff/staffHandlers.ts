import { randomUUID } from 'node:crypto';
import { statfs } from 'node:fs/promises';
import type { KioskHandlers } from '../../../common/contract/kioskApi';
import type { Diagnostics, StaffQueueItem } from '../../../common/contract/services/staff';
import type { Health } from '../../../common/contract/services/system';
import type { SyncStatus } from '../../../common/contract/services/sync';
import { KioskError } from '../../../common/errors';
import type { ChainVerdict } from '../store/auditChain';
import type { QueueStaffView } from '../sync/queueStaffView';
import type { AssistedMode } from './assistedMode';
import type { Attestations } from './attestations';
import type { AttemptGate } from './attemptGate';
import { verifyPin } from './pinHash';

export interface StaffHandlerDeps {
  assisted: AssistedMode;
  exitGate: AttemptGate;
  exitPinHash: string;
  /** Leaves kiosk mode once the exit PIN was accepted. */
  exit: () => void;
  queue: QueueStaffView;
  /** ID number on the card of a read, while that read is the latest. */
  idNumberOf: (readId: string) => string | undefined;
  health: () => Promise<Health>;
  sync: () => SyncStatus;
  reader: () => { state: string; reader: string | null; reason?: string };
  verifyAudit: () => ChainVerdict;
  versions: Record<string, string>;
  dataDir: string;
  attestations: Attestations;
  now?: () => Date;
}

/** The `staff.*` methods: exit, assisted mode, queue, diagnostics and in-person attestation. */
export function createStaffHandlers(deps: StaffHandlerDeps): KioskHandlers['staff'] {
  const now = deps.now ?? (() => new Date());
  const { assisted } = deps;
  return {
    exitKiosk: async ({ pin }) => {
      await deps.exitGate(async () => ((await verifyPin(pin, deps.exitPinHash)) ? true : undefined), 'pin');
      // Answer first, then leave, so the renderer is not left waiting on a closed transport.
      setTimeout(deps.exit, 200);
      return { accepted: true as const };
    },
    unlock: async (arg) => {
      if (arg.method === 'pin') return assisted.unlockWithPin(arg.staffId, arg.pin);
      const idNumber = deps.idNumberOf(arg.readId);
      if (!idNumber) throw new KioskError('staff.cardNotRead', 'Place the staff card on the reader again', 'readId');
      return assisted.unlockWithCard(idNumber);
    },
    lock: () => assisted.lock(),
    status: () => assisted.status(),
    queue: ({ state }) => {
      assisted.act('outbox.view', state);
      return deps.queue.list(state ? { state, limit: 200 } : { limit: 200 }).map((item): StaffQueueItem => ({
        id: item.id,
        kind: item.kind,
        label: item.label,
        state: item.state,
        attempts: item.attempts,
        createdAt: item.createdAt,
        nextAttemptAt: item.nextAttemptAt,
        lastError: item.lastError,
        lastErrorField: item.lastErrorField,
        reason: item.reason,
        citizen: item.citizen,
        attachments: item.attachments,
      }));
    },
    retry: ({ id }) => {
      const staffId = assisted.requireStaff();
      if (!deps.queue.retry(id, staffId)) throw new KioskError('staff.itemGone', 'The item is no longer in the queue', 'id');
      return { retried: true as const };
    },
    diagnostics: async (): Promise<Diagnostics> => {
      assisted.act('diagnostics.view');
      const memory = process.memoryUsage();
      const fs = await statfs(deps.dataDir);
      const verdict = deps.verifyAudit();
      return {
        health: await deps.health(),
        sync: deps.sync(),
        reader: deps.reader(),
        audit: verdict.ok ? { ok: true, rows: verdict.rows } : { ok: false, rows: verdict.rows, brokenAt: verdict.brokenAt, reason: verdict.reason },
        versions: deps.versions,
        memory: { rssMb: Math.round(memory.rss / 2 ** 20), heapUsedMb: Math.round(memory.heapUsed / 2 ** 20) },
        disk: { freeMb: Math.round((fs.bavail * fs.bsize) / 2 ** 20), totalMb: Math.round((fs.blocks * fs.bsize) / 2 ** 20) },
        uptimeSeconds: Math.round(process.uptime()),
      };
    },
    attest: ({ subject }) => {
      const attestationId = randomUUID();
      const staffId = assisted.act('staff.attest.identity', `${subject}:${attestationId}`);
      deps.attestations.issue(attestationId, staffId);
      return { attestationId, staffId, at: now().toISOString() };
    },
  };
}
