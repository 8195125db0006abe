import { describe, expect, it } from 'vitest';
import { HallConfigError, loadHallConfig, standardConfigPath } from '../../../../../main/services/config/loadHallConfig';

const files = (map: Record<string, string>) => (file: string) => {
  const text = map[file];
  if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
  return text;
};

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(HallConfigError);
    return (error as HallConfigError).issues;
  }
  throw new Error('expected a HallConfigError');
}

describe('hall config loading', () => {
  it('runs in demo mode on the embedded default with no configuration', () => {
    const loaded = loadHallConfig({ env: {}, cwd: '/srv/kiosk' });
    expect(loaded.source).toBe('default');
    expect(loaded.config.mode).toBe('demo');
    expect(loaded.config.identityApi.baseUrl).toBe('embedded');
    expect(loaded.dataDir).toBe('/srv/kiosk/.kiosk-data');
  });

  it('overlays a file field by field and resolves the data directory beside it', () => {
    const loaded = loadHallConfig({
      env: {},
      configPath: '/etc/kiosk/hall.json',
      readFile: files({
        '/etc/kiosk/hall.json': JSON.stringify({ province: 'tibet', hall: { name: '拉萨市城关区办税服务厅' }, devices: { reader: { pollIntervalMs: 500 } } }),
      }),
    });
    expect(loaded.config.province).toBe('tibet');
    expect(loaded.config.hall).toEqual({ id: 'demo-hall', name: '拉萨市城关区办税服务厅' });
    expect(loaded.config.devices.reader).toEqual({ transport: 'auto', pollIntervalMs: 500 });
    expect(loaded.dataDir).toBe('/etc/kiosk/.kiosk-data');
  });

  it('lets environment variables override the file', () => {
    const loaded = loadHallConfig({ env: { KIOSK_PROVINCE: 'xinjiang', KIOSK_PORT: '5180', KIOSK_DATA_DIR: '/var/lib/kiosk' } });
    expect(loaded.config.province).toBe('xinjiang');
    expect(loaded.config.shell.port).toBe(5180);
    expect(loaded.dataDir).toBe('/var/lib/kiosk');
    expect(loaded.overrides).toEqual(['KIOSK_PROVINCE', 'KIOSK_DATA_DIR', 'KIOSK_PORT']);
  });

  it('names the path of every bad field', () => {
    const issues = issuesOf(() =>
      loadHallConfig({
        env: {},
        configPath: '/k.json',
        readFile: files({ '/k.json': JSON.stringify({ province: 'atlantis', devices: { reader: { pollIntervalMs: 5 } }, hall: { nmae: 'x' } }) }),
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['province', 'devices.reader.pollIntervalMs', 'hall.nmae']));
    expect(issues.find((i) => i.path === 'hall.nmae')?.message).toBe('unknown setting');
  });

  it('explains unreadable and non-JSON files', () => {
    expect(issuesOf(() => loadHallConfig({ env: {}, configPath: '/none.json', readFile: files({}) }))[0]?.message).toContain('cannot read: ENOENT');
    expect(issuesOf(() => loadHallConfig({ env: {}, configPath: '/bad.json', readFile: files({ '/bad.json': '{ mode: demo' }) }))[0]?.message).toContain(
      'not valid JSON',
    );
    expect(issuesOf(() => loadHallConfig({ env: {}, configPath: '/arr.json', readFile: files({ '/arr.json': '[]' }) }))[0]?.path).toBe('(root)');
  });

  it('refuses a production kiosk on demo PINs, the embedded API or plain HTTP', () => {
    const issues = issuesOf(() => loadHallConfig({ env: { KIOSK_MODE: 'production', KIOSK_IDENTITY_API_URL: 'http://gateway.example' } }));
    expect(issues.map((i) => i.path).sort()).toEqual(['identityApi.baseUrl', 'identityApi.kioskSecretFile', 'staff.exitPinHash', 'staff.members.0']);
  });
});

describe('installed config location', () => {
  it('reads the standard file when none is named, and only if it exists', () => {
    const read = files({ '/etc/hall-kiosk/hall.json': JSON.stringify({ province: 'tibet' }) });
    const found = loadHallConfig({ env: {}, standardPath: '/etc/hall-kiosk/hall.json', exists: (f) => f === '/etc/hall-kiosk/hall.json', readFile: read });
    expect(found.source).toBe('/etc/hall-kiosk/hall.json');
    expect(found.config.province).toBe('tibet');
    expect(loadHallConfig({ env: {}, standardPath: '/etc/hall-kiosk/hall.json', exists: () => false }).source).toBe('default');
    expect(
      loadHallConfig({ env: { KIOSK_CONFIG: '/k.json' }, standardPath: '/etc/hall-kiosk/hall.json', exists: () => true, readFile: files({ '/k.json': '{}' }) })
        .source,
    ).toBe('/k.json');
  });

  it('is under ProgramData on Windows and /etc elsewhere', () => {
    expect(standardConfigPath('linux', {})).toBe('/etc/hall-kiosk/hall.json');
    expect(standardConfigPath('win32', { ProgramData: 'D:\\ProgramData' })).toContain('HallKiosk');
  });
});
