import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isDoctorRun, runPackagedDoctor } from '../../../../main/tools/packagedDoctor';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('hall-kiosk --doctor (packaged app)', () => {
  it('is chosen by the --doctor switch only', () => {
    expect(isDoctorRun(['/opt/Hall Kiosk/hall-kiosk', '--doctor', '--config=/etc/hall-kiosk/hall.json'])).toBe(true);
    expect(isDoctorRun(['/opt/Hall Kiosk/hall-kiosk'])).toBe(false);
    expect(isDoctorRun(['/opt/Hall Kiosk/hall-kiosk', '--doctors'])).toBe(false);
  });

  it("runs npm run doctor's checks on the given config, with Electron as runtime and shell", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'packaged-doctor-'));
    dirs.push(dir);
    const config = path.join(dir, 'hall.json');
    writeFileSync(config, JSON.stringify({ dataDir: 'data', devices: { reader: { transport: 'simulator' } } }));
    const printed: string[] = [];
    const code = await runPackagedDoctor(['hall-kiosk', '--doctor', `--config=${config}`], '45.4.1', (t) => printed.push(t));

    const report = printed.join('\n');
    expect(printed[0]).toMatch(/^Hall Kiosk \S+ doctor \(packaged\)/);
    const lines = report.split('\n').filter((l) => /^(PASS|WARN|FAIL) /.test(l));
    expect(lines.map((l) => l.split(/\s+/)[1])).toEqual([
      'node',
      'config',
      'dataDir',
      'sqlite',
      'cardReader',
      'cameras',
      'printer',
      'identityApi',
      'shell',
      'fonts',
    ]);
    expect(report).toMatch(/PASS {2}node +packaged app: Electron 45\.4\.1 with its own Node/);
    expect(report).toMatch(/PASS {2}shell +electron: the packaged app, Electron 45\.4\.1/);
    expect(report).toContain(`${config}: valid, demo mode`);
    expect(report).toContain(path.join(dir, 'data'));
    expect(code).toBe(report.includes('\nFAIL ') || report.startsWith('FAIL ') ? 1 : 0);
  });
});
