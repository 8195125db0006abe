import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ShellKind = 'electron' | 'browser' | 'none';

export interface ShellDecision {
  kind: ShellKind;
  reason: string;
  electronPath?: string;
  chromiumPath?: string;
}

/**
 * Where the Electron binary is, or why there is none. Electron's own `require('electron')` starts a
 * download when the binary is missing, so the package's path file is read here instead.
 */
export function locateElectron(resolveFrom: string, env: Record<string, string | undefined> = process.env): { path?: string; problem?: string } {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(resolveFrom).resolve('electron/package.json'));
  } catch {
    return { problem: 'the electron package is not installed' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const binary = path.join(distDir, relative ?? 'electron');
  if (relative !== undefined || env.ELECTRON_OVERRIDE_DIST_PATH) {
    if (existsSync(binary)) return { path: binary };
  }
  return { problem: 'Electron binary not installed (run `npx install-electron` where its download host is reachable)' };
}

/**
 * `auto` prefers Electron, then a kiosk window in the system's Chromium, then just the URL; an
 * explicit choice is honoured or refused with the reason.
 */
export function chooseShell(
  requested: 'auto' | ShellKind,
  electron: { path?: string; problem?: string },
  chromiumPath: string | undefined,
  hasDisplay: boolean,
): ShellDecision {
  if (requested === 'electron') {
    if (!electron.path) throw new Error(`--shell=electron: ${electron.problem}`);
    return { kind: 'electron', reason: 'requested', electronPath: electron.path };
  }
  if (requested === 'none') return { kind: 'none', reason: 'requested: serving the URL only' };
  if (requested === 'auto' && electron.path) return { kind: 'electron', reason: 'Electron binary found', electronPath: electron.path };
  const why = requested === 'browser' ? 'requested' : (electron.problem ?? 'Electron not found');
  if (chromiumPath && hasDisplay) return { kind: 'browser', reason: `${why}; opening ${chromiumPath} in kiosk mode`, chromiumPath };
  const missing = chromiumPath ? 'no display to open a window on' : 'no Chromium found (install Debian’s chromium or set KIOSK_CHROMIUM)';
  if (requested === 'browser') throw new Error(`--shell=browser: ${missing}`);
  return { kind: 'none', reason: `${why}; ${missing}, serving the URL only` };
}

/** Linux needs an X or Wayland display for a window; other systems always have one. */
export function hasDisplay(env: Record<string, string | undefined> = process.env, platform = process.platform): boolean {
  return platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
