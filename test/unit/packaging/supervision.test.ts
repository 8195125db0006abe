import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const builder = parse(read('electron-builder.yml')) as {
  executableName: string;
  win: { extraResources: Array<{ from: string; to: string; filter: string[] }> };
  nsis: { include: string };
  deb: { fpm: string[] };
};

/** `Key=value` lines of one section of a systemd unit. */
function unitSection(text: string, section: string): Record<string, string> {
  const body = text.split(/^\[/m).find((part) => part.startsWith(`${section}]`)) ?? '';
  return Object.fromEntries(
    body
      .split('\n')
      .slice(1)
      .filter((l) => /^\w+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

describe('supervision in the installers', () => {
  it('the deb installs a systemd user unit that restarts the kiosk unless staff left on purpose', () => {
    const [mapping] = builder.deb.fpm;
    const [source, target] = mapping!.split('=');
    expect(target).toBe('/usr/lib/systemd/user/hall-kiosk.service');
    const unit = read(source!);
    expect(unitSection(unit, 'Service')).toMatchObject({
      Environment: 'KIOSK_SUPERVISED=1',
      ExecStart: `/usr/bin/${builder.executableName}`,
      Restart: 'on-failure',
    });
    expect(unitSection(unit, 'Unit')).toMatchObject({ StartLimitIntervalSec: '0' });
    expect(unitSection(unit, 'Install')).toMatchObject({ WantedBy: 'graphical-session.target' });
  });

  it('the Windows installer ships the supervisor and registers, stops and removes its logon task', () => {
    const resources = builder.win.extraResources.find((r) => r.to === 'supervision')!;
    expect(resources).toMatchObject({ from: 'packaging/windows', filter: ['*.ps1'] });
    for (const script of ['hall-kiosk-supervisor.ps1', 'install-supervision.ps1']) expect(existsSync(path.join(root, resources.from, script))).toBe(true);
    const nsh = read(builder.nsis.include);
    expect(nsh).toMatch(/!macro customInit[\s\S]*Stop-ScheduledTask[\s\S]*!macroend/);
    expect(nsh).toMatch(/!macro customInstall[\s\S]*\$INSTDIR\\resources\\supervision\\install-supervision\.ps1"'\s*!macroend/);
    expect(nsh).toMatch(/!macro customUnInstall[\s\S]*install-supervision\.ps1" -Remove'\s*!macroend/);
    const supervisor = read('packaging/windows/hall-kiosk-supervisor.ps1');
    expect(supervisor).toContain(`'..\\..\\${builder.executableName}.exe'`);
    expect(supervisor).toContain("$env:KIOSK_SUPERVISED = '1'");
    expect(supervisor).toMatch(/if \(\$kiosk\.ExitCode -eq 0\) \{ break \}/);
  });
});
