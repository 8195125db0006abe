import { EventEmitter } from 'node:events';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultHallConfig } from '../../../../../common/config/defaultHallConfig';
import type { HeartbeatRequest } from '../../../../../common/identityApi/heartbeat';
import { installCrashHooks } from '../../../../../main/services/fleet/crashHooks';
import { openCrashJournal } from '../../../../../main/services/fleet/crashJournal';
import { createLogger, silentLogger } from '../../../../../main/services/log/logger';
import { startKioskHeartbeat } from '../../../../../main/wiring/heartbeat';
import { KIOSK_ID, startHarness, type Harness } from '../../../identity-api/harness';
import { openTestOutbox, type TestOutbox } from '../../../../support/outbox/testOutbox';

const ID_NUMBER = '11010519491231002X';
let h: Harness;
let outbox: TestOutbox;

beforeEach(async () => {
  h = await startHarness();
  outbox = openTestOutbox();
});
afterEach(async () => {
  outbox.dispose();
  await h.close();
});

function crashingProcess() {
  const lines: Array<Record<string, unknown>> = [];
  const restarts: string[] = [];
  const source = new EventEmitter();
  installCrashHooks({
    source,
    journal: openCrashJournal(outbox.dir),
    log: createLogger({ level: 'debug', write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) }),
    restart: (reason) => restarts.push(reason),
  });
  return { source, lines, restarts };
}

/** A heartbeat sent now (as after the restart, with a journal opened afresh), and what the gateway stored. */
async function nextHeartbeat(): Promise<HeartbeatRequest> {
  const heartbeat = startKioskHeartbeat({
    config: defaultHallConfig,
    appVersion: '1.0.0',
    dataDir: outbox.dir,
    client: h.client,
    repository: outbox.repository,
    reader: { status: () => ({ state: 'ready', reader: 'r', simulated: false }) },
    crashes: openCrashJournal(outbox.dir),
    log: silentLogger,
  });
  expect(await heartbeat.beat()).toBe(true);
  heartbeat.stop();
  const db = new Database(h.dbPath, { readonly: true });
  try {
    const row = db.prepare('SELECT payload FROM heartbeats WHERE kiosk_id = ?').get(KIOSK_ID) as { payload: string };
    return JSON.parse(row.payload) as HeartbeatRequest;
  } finally {
    db.close();
  }
}

describe('crash hooks in main', () => {
  it('an uncaught exception is logged redacted, restarts the kiosk once and is in the next heartbeat', async () => {
    const { source, lines, restarts } = crashingProcess();
    source.emit('uncaughtException', new RangeError(`bad card ${ID_NUMBER}`));

    expect(restarts).toEqual(['uncaughtException']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'error', msg: 'main process crashed; restarting', kind: 'uncaughtException', error: { errorClass: 'RangeError' } });
    expect(JSON.stringify(lines)).not.toContain(ID_NUMBER);
    expect(JSON.stringify(lines)).toContain('stack');

    const beat = await nextHeartbeat();
    expect(beat.lastCrash).toMatchObject({ source: 'main', count: 1 });
    expect(beat.lastCrash?.summary).toMatch(/^RangeError: bad card /);
    expect(beat.lastCrash?.summary).not.toContain(ID_NUMBER);
  });

  it('an unhandled rejection does the same; a second failure while restarting is logged but restarts nothing more', async () => {
    const { source, lines, restarts } = crashingProcess();
    source.emit('unhandledRejection', new Error('gateway answer lost'));
    source.emit('uncaughtException', new Error('while shutting down'));

    expect(restarts).toEqual(['unhandledRejection']);
    expect(lines.map((l) => [l.kind, l.alreadyRestarting])).toEqual([
      ['unhandledRejection', false],
      ['uncaughtException', true],
    ]);
    expect((await nextHeartbeat()).lastCrash).toMatchObject({ source: 'main', summary: 'Error: gateway answer lost', count: 1 });
  });

  it('counts crashes across restarts in the data directory', async () => {
    crashingProcess().source.emit('uncaughtException', new Error('first'));
    crashingProcess().source.emit('unhandledRejection', 'a string, not an Error');
    expect((await nextHeartbeat()).lastCrash).toMatchObject({ source: 'main', summary: 'a string, not an Error', count: 2 });
  });
});
