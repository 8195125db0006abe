import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultHallConfig } from '../../../../common/config/defaultHallConfig';
import type { HallConfig } from '../../../../common/config/hallConfig';
import { createIdentityApiServer } from '../../../../identity-api/server';
import {
  checkCameras,
  checkConfig,
  checkDataDir,
  checkFonts,
  checkIdentityApi,
  checkNode,
  checkPrinter,
  checkSqlite,
  exitCode,
  formatReport,
  runDoctor,
  type Exec,
} from '../../../../main/tools/doctor';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'doctor-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const config = (patch: Partial<HallConfig> = {}): HallConfig => ({ ...structuredClone(defaultHallConfig), ...patch });
const fakeExec =
  (outputs: Record<string, string | undefined>): Exec =>
  (file, args) =>
    outputs[[file, ...args].join(' ')];

describe('npm run doctor', () => {
  it('checks the Node version against package.json', () => {
    expect(checkNode('20.19.0', '>=20.19.0').status).toBe('PASS');
    expect(checkNode('22.1.0', '>=20.19.0').status).toBe('PASS');
    expect(checkNode('20.18.3', '>=20.19.0')).toMatchObject({ status: 'FAIL', detail: 'Node 20.18.3 is too old: needs >=20.19.0' });
  });

  it('names the exact bad field and why', () => {
    const dir = tempDir();
    const file = path.join(dir, 'hall.json');
    writeFileSync(file, JSON.stringify({ devices: { reader: { pollIntervalMs: 5 } }, hall: { nmae: 'x' } }));
    const { result, loaded } = checkConfig(file, {});
    expect(loaded).toBeUndefined();
    expect(result.status).toBe('FAIL');
    expect(result.detail).toContain('devices.reader.pollIntervalMs');
    expect(result.detail).toMatch(/hall\.nmae|hall: .*nmae/);
    expect(checkConfig(undefined, {}).result).toMatchObject({ status: 'WARN', detail: expect.stringContaining('demo mode') });
  });

  it('checks the data dir and that SQLite runs WAL with synchronous=FULL there', () => {
    const dir = path.join(tempDir(), 'data');
    expect(checkDataDir(dir).status).toMatch(/PASS|WARN/);
    expect(checkDataDir(dir, Number.MAX_SAFE_INTEGER).status).toBe('FAIL'); // "not enough free space"
    expect(checkSqlite(dir)).toMatchObject({ status: 'PASS', detail: expect.stringContaining('WAL, synchronous=FULL') });
    const file = path.join(tempDir(), 'a-file');
    writeFileSync(file, '');
    expect(checkDataDir(path.join(file, 'data'))).toMatchObject({ status: 'FAIL', detail: expect.stringContaining('not writable') });
  });

  it('reads cameras from /dev and their names from sysfs, and says what it cannot check', () => {
    const dev = tempDir();
    const sys = tempDir();
    writeFileSync(path.join(dev, 'video0'), '');
    writeFileSync(path.join(dev, 'video1'), '');
    const named = path.join(sys, 'video0');
    mkdirSync(named);
    writeFileSync(path.join(named, 'name'), 'USB2.0 FaceCam\n');
    const withLabel = config({ devices: { ...defaultHallConfig.devices, cameras: { faceLabel: 'FaceCam', documentLabel: 'Doc Cam' } } });
    const found = checkCameras(withLabel, 'linux', dev, sys);
    expect(found).toMatchObject({ status: 'WARN', detail: expect.stringContaining('video0 "USB2.0 FaceCam"') });
    expect(found.detail).toContain('not found: Doc Cam');
    expect(checkCameras(config(), 'linux', tempDir(), sys).status).toBe('WARN'); // demo: none is a warning
    expect(checkCameras(config({ mode: 'production' }), 'linux', tempDir(), sys).status).toBe('FAIL');
    expect(checkCameras(config(), 'win32').detail).toContain('not checkable');
  });

  it('asks CUPS about the printer', () => {
    const cups = fakeExec({
      'lpstat -p': 'printer receipt-58mm is idle.  enabled since Sat\nprinter office disabled since Fri -\n',
      'lpstat -d': 'system default destination: receipt-58mm\n',
    });
    expect(checkPrinter(config(), cups)).toMatchObject({ status: 'PASS', detail: expect.stringContaining('receipt-58mm') });
    const named = (name: string) => config({ devices: { ...defaultHallConfig.devices, printer: { name } } });
    expect(checkPrinter(named('office'), cups).status).toBe('WARN');
    expect(checkPrinter(named('missing'), cups)).toMatchObject({ status: 'FAIL', detail: expect.stringContaining('not a CUPS printer') });
    expect(checkPrinter(config(), fakeExec({})).status).toBe('WARN');
  });

  it('needs a font for every language of the province', () => {
    const fc = fakeExec({
      'fc-list --version': 'fontconfig 2.14',
      'fc-list :lang=zh-cn family': 'Noto Sans CJK SC,Noto Sans CJK SC Regular\n',
      'fc-list :lang=en family': 'DejaVu Sans\n',
      'fc-list :lang=bo family': '',
    });
    expect(checkFonts(['zh-CN', 'en'], fc, 'linux').status).toBe('PASS');
    expect(checkFonts(['zh-CN', 'bo', 'en'], fc, 'linux')).toMatchObject({ status: 'WARN', detail: expect.stringContaining('no font for bo') });
    expect(checkFonts(['zh-CN'], fakeExec({ 'fc-list --version': 'x' }), 'linux').status).toBe('FAIL');
  });

  it('reaches the configured identity API with the kiosk’s signed GET /v1/server-key', async () => {
    const dir = tempDir();
    const server = await createIdentityApiServer({
      dbPath: path.join(dir, 'api.sqlite'),
      kiosks: { 'k-01': 'c2VjcmV0LXNlY3JldC1zZWNyZXQ' },
      host: '127.0.0.1',
      port: 0,
      province: 'jilin',
      dev: true,
    });
    try {
      writeFileSync(path.join(dir, 'kiosk.secret'), 'c2VjcmV0LXNlY3JldC1zZWNyZXQ\n');
      const loaded = (baseUrl: string, secretFile = 'kiosk.secret') => ({
        config: config({ kioskId: 'k-01', identityApi: { baseUrl, kioskSecretFile: secretFile, timeoutMs: 2000 } }),
        source: 'test',
        dataDir: dir,
        baseDir: dir,
        overrides: [],
      });
      expect(await checkIdentityApi(loaded(server.url))).toMatchObject({ status: 'PASS', detail: expect.stringContaining('GET /v1/server-key answered') });
      expect(await checkIdentityApi(loaded(server.url, 'missing.secret'))).toMatchObject({ status: 'FAIL', detail: expect.stringContaining('cannot read') });
      const closed = await checkIdentityApi(loaded('http://127.0.0.1:9'));
      expect(closed).toMatchObject({ status: 'FAIL', detail: expect.stringContaining('failed after') });
      expect(await checkIdentityApi(loaded('embedded'))).toMatchObject({ status: 'PASS', detail: expect.stringContaining('embedded') });
    } finally {
      await server.close();
    }
  });

  it('runs every check on this machine and fails the exit code only on FAIL', async () => {
    const dir = tempDir();
    const results = await runDoctor({ env: { KIOSK_DATA_DIR: dir, KIOSK_READER: 'simulator' } });
    expect(results.map((r) => r.id)).toEqual(['node', 'config', 'dataDir', 'sqlite', 'cardReader', 'cameras', 'printer', 'identityApi', 'shell', 'fonts']);
    expect(results.find((r) => r.id === 'cardReader')?.detail).toContain('simulator is not a reader');
    const report = formatReport(results);
    expect(report).toMatch(/^(PASS|WARN|FAIL) {2}node/);
    expect(report).toMatch(/\d+ PASS, \d+ WARN, \d+ FAIL$/);
    expect(exitCode([{ id: 'a', status: 'WARN', detail: '' }])).toBe(0);
    expect(exitCode([{ id: 'a', status: 'FAIL', detail: '' }])).toBe(1);
  });
});
