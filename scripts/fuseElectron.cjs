// electron-builder afterPack hook: flips Electron's fuses in the packed binary before it is signed
// and wrapped into an installer. CommonJS because electron-builder loads hooks with plain Node.
// Fuses are bits compiled into the Electron executable; once flipped they cannot be changed at run
// time by arguments or environment, so a person at the kiosk cannot turn the app into a Node shell.
'use strict';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- electron-builder loads hooks as CommonJS
const path = require('node:path');

/** Fuse wire index → setting. Indices are @electron/fuses 1.8's FuseV1Options. */
const fuseIndex = {
  RunAsNode: 0,
  EnableCookieEncryption: 1,
  EnableNodeOptionsEnvironmentVariable: 2,
  EnableNodeCliInspectArguments: 3,
  EnableEmbeddedAsarIntegrityValidation: 4,
  OnlyLoadAppFromAsar: 5,
  LoadBrowserProcessSpecificV8Snapshot: 6,
  GrantFileProtocolExtraPrivileges: 7,
};

/**
 * Every fuse @electron/fuses 1.8 knows, set explicitly, with the reason.
 * @type {Record<keyof typeof fuseIndex, boolean>}
 */
const kioskFuses = {
  // ELECTRON_RUN_AS_NODE would make the signed binary a general Node interpreter.
  RunAsNode: false,
  // Cookies and local storage encrypted with the OS key (DPAPI / the Linux keyring or its fallback).
  EnableCookieEncryption: true,
  // NODE_OPTIONS could preload arbitrary code into main (--require) from the environment.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect / --inspect-brk would open a debugger on main with full Node access.
  EnableNodeCliInspectArguments: false,
  // app.asar is checked against the hash embedded at build time (enforced by Electron on Windows;
  // Linux has no embedded-integrity support yet, so there the deb's file ownership protects it).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only app.asar is loaded; a dropped-in resources/app folder or loose app.js is ignored.
  OnlyLoadAppFromAsar: true,
  // We ship no custom V8 snapshot; keep the default off.
  LoadBrowserProcessSpecificV8Snapshot: false,
  // The app never uses file:// (it is served on app://), so file:// gets no extra privileges.
  GrantFileProtocolExtraPrivileges: false,
};

/** The @electron/fuses config object: fuse index → boolean, V1 wire. */
function fuseConfig() {
  /** @type {Record<string, unknown>} */
  const config = { version: '1', resetAdHocDarwinSignature: false, strictlyRequireAllFuses: false };
  for (const [name, value] of Object.entries(kioskFuses)) config[fuseIndex[/** @type {keyof typeof fuseIndex} */ (name)]] = value;
  return config;
}

/** Path of the Electron executable electron-builder just packed. */
function packedExecutable(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  if (electronPlatformName === 'linux') return path.join(appOutDir, packager.executableName);
  throw new Error(`fuseElectron: ${electronPlatformName} is not a kiosk target`);
}

/** FuseState byte values in the wire (see @electron/fuses constants). */
const ENABLE = '1'.charCodeAt(0);
const DISABLE = '0'.charCodeAt(0);

async function afterPack(context) {
  // Dynamic import: @electron/fuses is a devDependency that only exists where installers are built.
  const fuses = await import('@electron/fuses');
  const executable = packedExecutable(context);
  await fuses.flipFuses(executable, fuseConfig());
  // Read the wire back: a fuse that did not take is a packaging failure, not a warning.
  const wire = await fuses.getCurrentFuseWire(executable);
  for (const [name, wanted] of Object.entries(kioskFuses)) {
    const state = wire[fuseIndex[/** @type {keyof typeof fuseIndex} */ (name)]];
    if (state !== (wanted ? ENABLE : DISABLE)) throw new Error(`fuseElectron: ${name} is ${String(state)} after flipping, wanted ${wanted}`);
  }
  const known = Object.keys(fuseIndex).length;
  const extra = Object.keys(wire).filter((k) => k !== 'version' && Number(k) >= known);
  if (extra.length) {
    // Newer Electron fuses (e.g. WasmTrapHandlers) keep Electron's default; review on upgrade.
    process.stdout.write(`  • fuseElectron: ${extra.length} fuse(s) past @electron/fuses 1.8 left at Electron's default (indices ${extra.join(', ')})\n`);
  }
  process.stdout.write(`  • fuseElectron: fuses flipped in ${executable}\n`);
}

module.exports = afterPack;
module.exports.afterPack = afterPack;
module.exports.kioskFuses = kioskFuses;
module.exports.fuseIndex = fuseIndex;
module.exports.fuseConfig = fuseConfig;
module.exports.packedExecutable = packedExecutable;
