import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chooseShell, hasDisplay, locateElectron } from '../../../../main/shellChoice';

const withElectron = { path: '/opt/electron/electron' };
const noElectron = { problem: 'Electron binary not installed' };

describe('shell choice', () => {
  it('prefers Electron, then a Chromium kiosk window, then the URL alone', () => {
    expect(chooseShell('auto', withElectron, '/usr/bin/chromium', true).kind).toBe('electron');
    const browser = chooseShell('auto', noElectron, '/usr/bin/chromium', true);
    expect(browser).toMatchObject({ kind: 'browser', chromiumPath: '/usr/bin/chromium' });
    expect(browser.reason).toContain('Electron binary not installed');
    expect(chooseShell('auto', noElectron, undefined, true)).toMatchObject({ kind: 'none' });
    expect(chooseShell('auto', noElectron, '/usr/bin/chromium', false).reason).toContain('no display');
  });

  it('honours an explicit choice or refuses it with the reason', () => {
    expect(chooseShell('none', withElectron, '/usr/bin/chromium', true).kind).toBe('none');
    expect(chooseShell('browser', withElectron, '/usr/bin/chromium', true).kind).toBe('browser');
    expect(() => chooseShell('electron', noElectron, '/usr/bin/chromium', true)).toThrow(/Electron binary not installed/);
    expect(() => chooseShell('browser', noElectron, undefined, true)).toThrow(/no Chromium found/);
  });

  it('finds the Electron binary from the package path file without downloading it', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'electron-pkg-'));
    const pkg = path.join(root, 'node_modules', 'electron');
    mkdirSync(path.join(pkg, 'dist'), { recursive: true });
    writeFileSync(path.join(pkg, 'package.json'), '{"name":"electron","main":"index.js"}');
    writeFileSync(path.join(pkg, 'index.js'), 'throw new Error("must not be required")');
    const from = pathToFileURL(path.join(root, 'launch.js')).href;
    expect(locateElectron(from, {}).problem).toContain('not installed');
    writeFileSync(path.join(pkg, 'path.txt'), 'electron');
    writeFileSync(path.join(pkg, 'dist', 'electron'), '');
    expect(locateElectron(from, {}).path).toBe(path.join(pkg, 'dist', 'electron'));
  });

  it('needs a display on Linux only', () => {
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':99' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });
});
