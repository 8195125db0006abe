import { afterEach, describe, expect, it } from 'vitest';
import type { CallOutcome } from '../../../../../common/contract/envelope';
import { silentLogger } from '../../../../../main/services/log/logger';
import { createAssistedMode } from '../../../../../main/services/staff/assistedMode';
import { createAttemptGate } from '../../../../../main/services/staff/attemptGate';
import { hashPin } from '../../../../../main/services/staff/pinHash';
import { startTestRuntime } from '../../../../support/runtime';

describe('assisted mode', () => {
  async function setup() {
    let now = 0;
    const audit: string[] = [];
    const changes: boolean[] = [];
    const mode = createAssistedMode({
      members: [{ id: 'S001', pinHash: await hashPin('135790', 1024), cardIdHash: await hashPin('220102198805120022', 1024) }],
      pinGate: createAttemptGate({ maxAttempts: 3, lockoutSeconds: 60, log: silentLogger, now: () => now }),
      cardGate: createAttemptGate({ maxAttempts: 3, lockoutSeconds: 60, log: silentLogger, now: () => now }),
      timeoutMs: 60_000,
      audit: (staffId, action) => audit.push(`${staffId} ${action}`),
      onChange: (s) => changes.push(s.active),
      log: silentLogger,
      now: () => now,
    });
    return { mode, audit, changes, advance: (ms: number) => (now += ms) };
  }

  it('unlocks with the right PIN or staff card and audits both', async () => {
    const { mode, audit } = await setup();
    expect(await mode.unlockWithPin('S001', '135790')).toMatchObject({ active: true, staffId: 'S001' });
    mode.lock();
    expect(await mode.unlockWithCard('220102198805120022')).toMatchObject({ active: true, staffId: 'S001' });
    expect(audit).toEqual(['S001 staff.unlock.pin', 'S001 staff.lock.locked', 'S001 staff.unlock.card']);
  });

  it('locks out after repeated wrong PINs, unknown staff ids included', async () => {
    const { mode, advance } = await setup();
    await expect(mode.unlockWithPin('S001', '000000')).rejects.toMatchObject({ code: 'staff.wrongPin', field: 'pin' });
    await expect(mode.unlockWithPin('S999', '135790')).rejects.toMatchObject({ code: 'staff.wrongPin' });
    await expect(mode.unlockWithPin('S001', '111111')).rejects.toMatchObject({ code: 'staff.locked' });
    await expect(mode.unlockWithPin('S001', '135790')).rejects.toMatchObject({ code: 'staff.locked' });
    // The card is a separate credential with its own count.
    await expect(mode.unlockWithCard('220102198805120022')).resolves.toMatchObject({ active: true });
    mode.lock();
    advance(61_000);
    await expect(mode.unlockWithPin('S001', '135790')).resolves.toMatchObject({ active: true });
  });

  it('refuses a card that is not a staff card', async () => {
    const { mode } = await setup();
    await expect(mode.unlockWithCard('350102199209053314')).rejects.toMatchObject({ code: 'staff.wrongPin', field: 'card' });
  });

  it('ends after a quiet spell, and staff-only actions need it', async () => {
    const { mode, advance, audit, changes } = await setup();
    expect(() => mode.act('outbox.view')).toThrow(expect.objectContaining({ code: 'staff.notAssisted' }));
    await mode.unlockWithPin('S001', '135790');
    advance(59_000);
    mode.act('outbox.view');
    advance(59_000);
    expect(mode.status().active).toBe(true);
    advance(2_000);
    mode.tick();
    expect(mode.status().active).toBe(false);
    expect(audit.at(-1)).toBe('S001 staff.lock.timeout');
    expect(changes).toEqual([true, false]);
  });
});

describe('staff methods through the dispatcher', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(() => cleanup?.());

  it('keep the queue and diagnostics behind assisted mode, outlast the citizen’s session, end by locking, and audit every step', async () => {
    const t = await startTestRuntime();
    cleanup = t.cleanup;
    const call = (method: string, arg?: unknown) => t.runtime.dispatch(method, arg, { transport: 'local' });
    expect(await call('staff.queue', {})).toMatchObject({ ok: false, error: { code: 'staff.notAssisted' } });
    expect(await call('staff.unlock', { method: 'pin', staffId: 'S001', pin: '135790' })).toMatchObject({ ok: true, value: { active: true, staffId: 'S001' } });
    expect(await call('staff.queue', {})).toEqual({ ok: true, value: [] });
    const diagnostics = (await call('staff.diagnostics')) as Extract<CallOutcome, { ok: true }>;
    expect(diagnostics.value).toMatchObject({ audit: { ok: true }, sync: { pending: 0 } });
    expect(await call('staff.attest', { subject: 'registration.face' })).toMatchObject({ ok: true, value: { staffId: 'S001' } });
    for (const reason of ['cancelled', 'finished', 'timeout']) {
      await call('session.end', { reason });
      expect(await call('staff.status')).toMatchObject({ ok: true, value: { active: true, staffId: 'S001' } });
    }
    expect(await call('staff.lock')).toEqual({ ok: true, value: { active: false } });
    expect(await call('staff.status')).toEqual({ ok: true, value: { active: false } });
    const trail = t.runtime.outbox.services.audit
      .recent(10)
      .map((e) => `${e.actor} ${e.action}`)
      .reverse();
    expect(trail).toEqual(['S001 staff.unlock.pin', 'S001 outbox.view', 'S001 diagnostics.view', 'S001 staff.attest.identity', 'S001 staff.lock.locked']);
    expect(t.runtime.outbox.services.audit.verify()).toMatchObject({ ok: true, rows: 5 });
  });
});
