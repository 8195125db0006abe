import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallOutcome } from '../../../../../common/contract/envelope';
import { silentLogger } from '../../../../../main/services/log/logger';
import { createAssistedMode } from '../../../../../main/services/staff/assistedMode';
import { createAttemptGate } from '../../../../../main/services/staff/attemptGate';
import { sqliteAttemptStore } from '../../../../../main/services/staff/attemptStore';
import { hashPin, verifyPin } from '../../../../../main/services/staff/pinHash';
import { openStore, type Store } from '../../../../../main/services/store/database';
import { storeMigrations } from '../../../../../main/services/store/schema';
import { startTestRuntime } from '../../../../support/runtime';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  stores.splice(0).forEach((s) => s.close());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});
const newDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-gate-'));
  dirs.push(dir);
  return dir;
};
const openDb = (file: string) => {
  const store = openStore({ path: file, migrations: storeMigrations, logger: silentLogger });
  stores.push(store);
  return store;
};
const codes = (outcomes: CallOutcome[]) => outcomes.map((o) => (o.ok ? 'ok' : o.error.code));
const guesses = (count: number, right: string) => Array.from({ length: count }, (_, i) => (i === count - 1 ? right : String(100000 + i)));

describe('the staff secret gates under concurrent guesses (real kiosk services, demo limit of 5)', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(() => cleanup?.());

  it('60 concurrent staff-PIN guesses with the right one last do not unlock assisted mode', async () => {
    const t = await startTestRuntime();
    cleanup = t.cleanup;
    const outcomes = await Promise.all(
      guesses(60, '135790').map((pin) => t.runtime.dispatch('staff.unlock', { method: 'pin', staffId: 'S001', pin }, { transport: 'local' })),
    );
    expect(codes(outcomes).filter((c) => c === 'ok')).toEqual([]);
    expect(codes(outcomes).every((c) => c === 'staff.wrongPin' || c === 'staff.locked')).toBe(true);
    expect(await t.runtime.dispatch('staff.status', undefined, { transport: 'local' })).toEqual({ ok: true, value: { active: false } });
  });

  it('60 concurrent exit-PIN guesses with the right one last do not leave kiosk mode', async () => {
    const t = await startTestRuntime();
    cleanup = t.cleanup;
    const outcomes = await Promise.all(guesses(60, '246810').map((pin) => t.runtime.dispatch('staff.exitKiosk', { pin }, { transport: 'local' })));
    expect(codes(outcomes).filter((c) => c === 'ok')).toEqual([]);
    await new Promise((r) => setTimeout(r, 300));
    expect(t.exits).toEqual([]);
  });

  it('keeps an exit-PIN lockout across a restart on the same data directory', async () => {
    const dataDir = newDir();
    const first = await startTestRuntime({ KIOSK_DATA_DIR: dataDir });
    for (const pin of guesses(5, '000000')) await first.runtime.dispatch('staff.exitKiosk', { pin }, { transport: 'local' });
    await first.runtime.stop();
    const second = await startTestRuntime({ KIOSK_DATA_DIR: dataDir });
    cleanup = second.cleanup;
    expect(await second.runtime.dispatch('staff.exitKiosk', { pin: '246810' }, { transport: 'local' })).toMatchObject({
      ok: false,
      error: { code: 'staff.locked' },
    });
    expect(await second.runtime.dispatch('staff.unlock', { method: 'pin', staffId: 'S001', pin: '135790' }, { transport: 'local' })).toMatchObject({
      ok: true,
    });
  });
});

describe('the attempt gate on the kiosk database', () => {
  it('hashes at most the limit for 2,000 concurrent wrong guesses', async () => {
    const store = openDb(path.join(newDir(), 'kiosk.db'));
    const gate = createAttemptGate({ maxAttempts: 5, lockoutSeconds: 300, log: silentLogger, store: sqliteAttemptStore(store.db, 'exit-pin') });
    const encoded = await hashPin('246810', 1024);
    let hashed = 0;
    const check = (pin: string) => async () => {
      hashed += 1;
      return (await verifyPin(pin, encoded)) ? true : undefined;
    };
    const results = await Promise.allSettled(guesses(2000, '999999').map((pin) => gate(check(pin), 'pin')));
    expect(hashed).toBe(5);
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    await expect(gate(check('246810'), 'pin')).rejects.toMatchObject({ code: 'staff.locked' });
    expect(hashed).toBe(5);
  });

  it('refuses a staff card raced with 60 concurrent reads, the right card last', async () => {
    const store = openDb(path.join(newDir(), 'kiosk.db'));
    const gate = (name: string) => createAttemptGate({ maxAttempts: 5, lockoutSeconds: 300, log: silentLogger, store: sqliteAttemptStore(store.db, name) });
    const mode = createAssistedMode({
      members: [{ id: 'S001', pinHash: await hashPin('135790', 1024), cardIdHash: await hashPin('220102198805120022', 1024) }],
      pinGate: gate('staff-pin'),
      cardGate: gate('staff-card'),
      timeoutMs: 60_000,
      audit: () => undefined,
      onChange: () => undefined,
      log: silentLogger,
    });
    const ids = Array.from({ length: 60 }, (_, i) => (i === 59 ? '220102198805120022' : `11010119900101${String(1000 + i)}`));
    const results = await Promise.allSettled(ids.map((id) => mode.unlockWithCard(id)));
    expect(results.filter((r) => r.status === 'fulfilled')).toEqual([]);
    expect(mode.status().active).toBe(false);
    // The PIN is a separate credential with its own count.
    await expect(mode.unlockWithPin('S001', '135790')).resolves.toMatchObject({ active: true });
  });

  it('keeps failures and the lockout in the file: a restart neither resets the count nor lifts the lock', async () => {
    const file = path.join(newDir(), 'kiosk.db');
    const encoded = await hashPin('246810', 1024);
    let now = 1_000_000;
    const open = () => {
      const store = openDb(file);
      return {
        store,
        gate: createAttemptGate({ maxAttempts: 5, lockoutSeconds: 300, log: silentLogger, store: sqliteAttemptStore(store.db, 'exit-pin'), now: () => now }),
      };
    };
    const check = (pin: string) => async () => ((await verifyPin(pin, encoded)) ? true : undefined);

    let kiosk = open();
    for (const pin of guesses(3, '000000')) await expect(kiosk.gate(check(pin), 'pin')).rejects.toMatchObject({ code: 'staff.wrongPin' });
    kiosk.store.close();
    kiosk = open();
    await expect(kiosk.gate(check('111111'), 'pin')).rejects.toMatchObject({ code: 'staff.wrongPin', message: expect.stringContaining('1 attempts left') });
    await expect(kiosk.gate(check('222222'), 'pin')).rejects.toMatchObject({ code: 'staff.locked' });
    kiosk.store.close();
    kiosk = open();
    await expect(kiosk.gate(check('246810'), 'pin')).rejects.toMatchObject({ code: 'staff.locked', message: 'Locked for 300 s after wrong attempts' });
    now += 301_000;
    await expect(kiosk.gate(check('246810'), 'pin')).resolves.toBe(true);
  });
});
