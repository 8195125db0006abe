import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type * as hookModule from '../../../scripts/fuseElectron.cjs';
import { afterPack, fuseConfig, fuseIndex, kioskFuses, packedExecutable } from '../../../scripts/fuseElectron.cjs';

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
interface BuilderConfig {
  afterPack: string;
  asarUnpack: string[];
  files: string[];
  directories: { buildResources: string };
  win: { icon: string; target: unknown };
  nsis: Record<string, unknown>;
  linux: { icon: string; target: Array<{ target: string; arch: string[] }> };
}
const builderConfig = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own JSON schema', () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    // As electron-builder's own validator (app-builder-lib/out/util/config/schemaValidator.js):
    // strict off, so its `typeof: function` marker (records and JS-config hooks) accepts anything.
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const ok = validate(builderConfig);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
    // …and the validator does catch a misspelt option.
    expect(validate({ ...builderConfig, nsis: { ...builderConfig.nsis, permachine: true } })).toBe(false);
  });

  it('packs an asar-only app with native modules unpacked and rebuilt for Electron', () => {
    expect(builderConfig).toMatchObject({ appId: 'cn.gov.tax.hallkiosk', asar: true, npmRebuild: true, publish: null });
    expect(builderConfig.asarUnpack).toContain('**/*.node');
    expect(builderConfig.files).toEqual(expect.arrayContaining(['out/**', 'package.json', '!**/*.map']));
  });

  it('builds NSIS per-machine for Windows and AppImage + deb for x64 and arm64 Linux', () => {
    expect(builderConfig.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(builderConfig.nsis).toMatchObject({ oneClick: false, perMachine: true, deleteAppDataOnUninstall: false });
    const linux = builderConfig.linux.target;
    expect(linux.map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
    for (const t of linux) expect(t.arch.sort()).toEqual(['arm64', 'x64']);
  });

  it('has the icons it names', () => {
    const resources = path.join(root, builderConfig.directories.buildResources);
    const ico = readFileSync(path.join(resources, builderConfig.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]); // ICO header
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toContain(256);
    const png = readFileSync(path.join(resources, builderConfig.linux.icon));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('runs the fuse hook after packing', () => {
    expect(builderConfig.afterPack).toBe('./scripts/fuseElectron.cjs');
    const hook = require(path.join(root, builderConfig.afterPack)) as typeof hookModule & ((c: unknown) => Promise<void>);
    expect(typeof hook).toBe('function');
    expect(hook.name).toBe(afterPack.name);
    expect(hook.kioskFuses).toEqual(kioskFuses);
  });
});

describe('Electron fuses', () => {
  it('turns off every way to run the binary as Node or debug it, and locks the app to its asar', () => {
    expect(kioskFuses).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('maps each setting to @electron/fuses’ wire index', async () => {
    const { FuseV1Options, FuseVersion } = await import('@electron/fuses');
    for (const [name, index] of Object.entries(fuseIndex)) expect(FuseV1Options[name as keyof typeof FuseV1Options]).toBe(index);
    const config = fuseConfig();
    expect(config.version).toBe(FuseVersion.V1);
    for (const [name, value] of Object.entries(kioskFuses)) expect(config[FuseV1Options[name as keyof typeof FuseV1Options]]).toBe(value);
  });

  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** A stand-in executable: padding, the fuse sentinel, wire version 1 and nine fuses at their defaults. */
  function fakeElectron(dir: string, name: string): string {
    const defaults = [1, 0, 1, 1, 0, 0, 0, 1, 1].map((on) => (on ? 0x31 : 0x30));
    const file = path.join(dir, name);
    writeFileSync(
      file,
      Buffer.concat([Buffer.alloc(64, 7), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 9, ...defaults]), Buffer.alloc(64, 7)]),
    );
    return file;
  }

  it.each([
    ['linux', 'hall-kiosk'],
    ['win32', 'Hall Kiosk.exe'],
  ])('the afterPack hook flips the fuses in the packed %s binary', async (platform, binary) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fuses-'));
    dirs.push(dir);
    const file = fakeElectron(dir, binary);
    const context = { appOutDir: dir, electronPlatformName: platform, packager: { appInfo: { productFilename: 'Hall Kiosk' }, executableName: 'hall-kiosk' } };
    expect(packedExecutable(context)).toBe(file);
    await afterPack(context);
    const { getCurrentFuseWire, FuseV1Options } = await import('@electron/fuses');
    const wire = (await getCurrentFuseWire(file)) as unknown as Record<number, number>;
    for (const [name, value] of Object.entries(kioskFuses)) expect(wire[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(value ? 0x31 : 0x30);
    expect(wire[8]).toBe(0x31); // a fuse newer than @electron/fuses 1.8 keeps Electron's default
  });
});
