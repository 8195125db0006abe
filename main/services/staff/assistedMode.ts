import type { AssistedStatus } from '../../../common/contract/services/staff';
import { KioskError } from '../../../common/errors';
import type { Logger } from '../log/logger';
import type { AttemptGate } from './attemptGate';
import { verifyPin } from './pinHash';

export interface StaffMember {
  id: string;
  pinHash: string;
  cardIdHash?: string;
}

export interface AssistedModeOptions {
  members: readonly StaffMember[];
  /** Separate lockouts: a guessed-at PIN must not lock out the clerk's card, which needs possession. */
  pinGate: AttemptGate;
  cardGate: AttemptGate;
  timeoutMs: number;
  /** Every staff action lands here (the hash-chained audit log). */
  audit: (staffId: string, action: string, subject?: string) => void;
  onChange: (status: AssistedStatus) => void;
  log: Logger;
  now?: () => number;
}

/**
 * Assisted mode: a counter clerk unlocks with a PIN or a staff card, acts on the citizen's behalf
 * for a while, and is signed out by locking ("end assistance") or after a quiet spell. A citizen's
 * session ending (finish, cancel, idle timeout) leaves the clerk signed in for the next citizen.
 */
export function createAssistedMode(options: AssistedModeOptions) {
  const now = options.now ?? Date.now;
  let active: { staffId: string; since: number; lastAction: number } | undefined;

  const status = (): AssistedStatus => {
    expireIfQuiet();
    return active
      ? {
          active: true,
          staffId: active.staffId,
          since: new Date(active.since).toISOString(),
          expiresAt: new Date(active.lastAction + options.timeoutMs).toISOString(),
        }
      : { active: false };
  };

  function expireIfQuiet(): void {
    if (active && now() - active.lastAction >= options.timeoutMs) end('timeout');
  }

  function begin(staffId: string, how: 'pin' | 'card'): AssistedStatus {
    active = { staffId, since: now(), lastAction: now() };
    options.audit(staffId, `staff.unlock.${how}`);
    options.log.info('assisted mode started', { staffId, how });
    const s = status();
    options.onChange(s);
    return s;
  }

  function end(reason: 'locked' | 'timeout'): void {
    if (!active) return;
    options.audit(active.staffId, `staff.lock.${reason}`);
    options.log.info('assisted mode ended', { staffId: active.staffId, reason });
    active = undefined;
    options.onChange({ active: false });
  }

  return {
    status,
    async unlockWithPin(staffId: string, pin: string): Promise<AssistedStatus> {
      const member = await options.pinGate(async () => {
        const candidate = options.members.find((m) => m.id === staffId);
        // Unknown ids cost the same scrypt as known ones, so timing does not reveal the staff list.
        const ok = await verifyPin(pin, candidate?.pinHash ?? options.members[0]?.pinHash ?? '');
        return ok && candidate ? candidate : undefined;
      }, 'pin');
      return begin(member.id, 'pin');
    },
    async unlockWithCard(idNumber: string): Promise<AssistedStatus> {
      const member = await options.cardGate(async () => {
        for (const m of options.members) if (m.cardIdHash && (await verifyPin(idNumber, m.cardIdHash))) return m;
        return undefined;
      }, 'card');
      return begin(member.id, 'card');
    },
    lock: (): AssistedStatus => {
      end('locked');
      return status();
    },
    /** The acting staff id for a staff-only call (refreshing the quiet timer), or a refusal. */
    requireStaff(): string {
      expireIfQuiet();
      if (!active) throw new KioskError('staff.notAssisted', 'Only counter staff in assisted mode may do this');
      active.lastAction = now();
      return active.staffId;
    },
    /** `requireStaff` plus an audit record of the action. */
    act(action: string, subject?: string): string {
      const staffId = this.requireStaff();
      options.audit(staffId, action, subject);
      return staffId;
    },
    /** Polled by the composition root so an idle clerk is signed out even if nobody calls in. */
    tick: expireIfQuiet,
  };
}
export type AssistedMode = ReturnType<typeof createAssistedMode>;
