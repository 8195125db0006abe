import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fake } from '../../../fakes/electron';
import { afterEach, describe, expect, it } from 'vitest';
import { createElectronRestart, RESTART_EXIT_CODE, startCrashDumps } from '../../../../main/electron/crashHandling';
import { installCrashHooks } from '../../../../main/services/fleet/crashHooks';
import { openCrashJournal } from '../../../../main/services/fleet/crashJournal';
import { silentLogger } from '../../../../main/services/log/logger';

const dirs: string[] = [];
afterEach(() => {
  fake.reset();
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function fakeApp() {
  const calls: string[] = [];
  return {
    calls,
    relaunch: () => void calls.push('relaunch'),
    exit: (code?: number) => void calls.push(`exit ${code}`),
    setPath: (name: string, value: string) => void calls.push(`setPath ${name} ${value}`),
  };
}

describe('Electron crash handling', () => {
  it('writes minidumps under the data dir and uploads nothing', () => {
    const app = fakeApp();
    const started: unknown[] = [];
    const dir = startCrashDumps({ start: (options) => void started.push(options) }, app, '/var/lib/hall-kiosk');
    expect(dir).toBe(path.join('/var/lib/hall-kiosk', 'crash-dumps'));
    expect(app.calls).toEqual([`setPath crashDumps ${dir}`]);
    expect(started).toEqual([{ submitURL: '', uploadToServer: false, compress: true }]);
  });

  it('a crash in main relaunches the app itself when unsupervised, never through a dialog', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'crash-'));
    dirs.push(dataDir);
    const app = fakeApp();
    const processLike = new EventEmitter();
    installCrashHooks({ source: processLike, journal: openCrashJournal(dataDir), log: silentLogger, restart: createElectronRestart(app, {}, silentLogger) });
    // With a listener, Electron's own handler (the modal stack-trace dialog) does not run.
    expect(processLike.listenerCount('uncaughtException')).toBe(1);
    expect(processLike.listenerCount('unhandledRejection')).toBe(1);

    processLike.emit('uncaughtException', new TypeError('x is undefined'));
    expect(app.calls).toEqual(['relaunch', `exit ${RESTART_EXIT_CODE}`]);
    expect(fake.dialogCalls).toEqual([]);
  });

  it('under a supervisor it only exits with the restart code', () => {
    const app = fakeApp();
    createElectronRestart(app, { KIOSK_SUPERVISED: '1' }, silentLogger)('memory limit');
    expect(app.calls).toEqual([`exit ${RESTART_EXIT_CODE}`]);
    expect(fake.dialogCalls).toEqual([]);
  });
});
