import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultHallConfig } from '../../../../../common/config/defaultHallConfig';
import type { HallConfig } from '../../../../../common/config/hallConfig';
import type { HeartbeatRequest } from '../../../../../common/identityApi/heartbeat';
import { openCrashJournal } from '../../../../../main/services/fleet/crashJournal';
import { silentLogger } from '../../../../../main/services/log/logger';
import { startKioskHeartbeat } from '../../../../../main/wiring/heartbeat';
import { KIOSK_ID, startHarness, type Harness } from '../../../identity-api/harness';
import { openTestOutbox, type TestOutbox } from '../../../../support/outbox/testOutbox';

let h: Harness;
let outbox: TestOutbox;
const config: HallConfig = { ...defaultHallConfig, hall: { id: 'hall-changchun-01', name: '测试厅' }, fleet: { heartbeatIntervalSeconds: 300 } };
const ready = { state: 'ready' as const, reader: 'serial /dev/ttyUSB0', simulated: false };

beforeEach(async () => {
  h = await startHarness();
  outbox = openTestOutbox();
});
afterEach(async () => {
  expect(h.validator.failures).toEqual([]);
  outbox.dispose();
  await h.close();
});

/** What the reference gateway stored as this kiosk's latest heartbeat. */
function stored(): { payload: HeartbeatRequest; receivedAt: number } | undefined {
  const db = new Database(h.dbPath, { readonly: true });
  try {
    const row = db.prepare('SELECT payload, received_at AS receivedAt FROM heartbeats WHERE kiosk_id = ?').get(KIOSK_ID) as
      { payload: string; receivedAt: number } | undefined;
    return row && { payload: JSON.parse(row.payload) as HeartbeatRequest, receivedAt: row.receivedAt };
  } finally {
    db.close();
  }
}

function start(client = h.client, skewMs = 0) {
  return startKioskHeartbeat({
    config,
    appVersion: '9.8.7',
    dataDir: outbox.dir,
    client,
    repository: outbox.repository,
    reader: { status: () => ready },
    crashes: openCrashJournal(outbox.dir),
    printers: async () => [{ name: 'receipt-80mm', isDefault: true }],
    log: silentLogger,
    now: () => h.now() + skewMs,
  });
}

describe('kiosk heartbeat against the reference identity API', () => {
  it('reports version, hall, uptime, queue by state with the oldest age, devices, free disk and the last crash', async () => {
    outbox.clock.ms = h.now() - 2 * 3600_000;
    outbox.repository.enqueue({ kind: 'test.old', payload: { n: 1 } });
    outbox.clock.ms = h.now() - 60_000;
    const dead = outbox.repository.enqueue({ kind: 'test.dead', payload: { n: 2 } });
    outbox.repository.markDead(dead, 1, 'VALIDATION');
    outbox.repository.enqueue({ kind: 'test.new', payload: { n: 3 } });
    openCrashJournal(outbox.dir).record('main', new TypeError('cannot read properties of undefined'), new Date(h.now() - 5000));

    const heartbeat = start();
    await expect(heartbeat.beat()).resolves.toBe(true);
    heartbeat.stop();

    const row = stored();
    expect(row?.receivedAt).toBe(h.now());
    expect(row?.payload).toMatchObject({
      appVersion: '9.8.7',
      hallId: 'hall-changchun-01',
      queueDepth: 2,
      queue: { pending: 2, dead: 1, oldestPendingAgeSeconds: 7200 },
      lastCrash: { source: 'main', summary: 'TypeError: cannot read properties of undefined', count: 1 },
    });
    expect(row?.payload.uptimeSeconds).toBeGreaterThanOrEqual(0);
    expect(row?.payload.freeDiskBytes).toBeGreaterThan(0);
    const kinds = Object.fromEntries(row!.payload.devices.map((d) => [d.kind, d]));
    expect(kinds.idcard).toEqual({ id: 'serial /dev/ttyUSB0', kind: 'idcard', status: 'ok' });
    expect(kinds.printer).toEqual({ id: 'receipt-80mm', kind: 'printer', status: 'ok' });
    expect(Object.keys(kinds).sort()).toEqual(['documentCamera', 'faceCamera', 'idcard', 'printer']);
  });

  it("measures the kiosk's clock skew on one round trip and reports it in the next", async () => {
    // The start-up beat has nothing measured yet; the one asked for now follows it and carries its measurement.
    const heartbeat = start(h.client, 42_000);
    await heartbeat.beat();
    heartbeat.stop();
    expect(heartbeat.clockSkewMs()).toBe(42_000);
    expect(stored()?.payload.clockSkewMs).toBe(42_000);
  });

  it('is signed: a kiosk with the wrong secret is not recorded', async () => {
    const heartbeat = start(h.makeClient({ secret: 'not-the-secret' }));
    await expect(heartbeat.beat()).resolves.toBe(false);
    heartbeat.stop();
    expect(stored()).toBeUndefined();
  });

  it('is never queued: a heartbeat the gateway misses is dropped, and the next one goes through', async () => {
    h.server.faults.set({ errorRate: 1 });
    const heartbeat = start();
    await expect(heartbeat.beat()).resolves.toBe(false);
    expect(outbox.repository.counts()).toEqual({ pending: 0, dead: 0 });
    expect(stored()).toBeUndefined();
    h.server.faults.reset();
    await expect(heartbeat.beat()).resolves.toBe(true);
    heartbeat.stop();
    expect(stored()?.payload.queueDepth).toBe(0);
  });
});
