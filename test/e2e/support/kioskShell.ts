import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';

export interface KioskShell {
  url: string;
  origin: string;
  /** The kiosk's data directory (database, keys, logs), removed when the shell stops. */
  dataDir: string;
  output: () => string;
  /** Stops the kiosk process and keeps its data directory, to inspect what it left. */
  halt(): Promise<void>;
}

/**
 * Starts the built kiosk exactly as `npm start -- --shell=none` does, on a fresh data directory,
 * and waits for the URL it prints.
 */
export async function startKioskShell(env: Record<string, string> = {}): Promise<KioskShell & { stop(): Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kiosk-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['out/main/launch.js', '--shell=none'], {
    env: { ...process.env, KIOSK_DATA_DIR: dataDir, KIOSK_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kiosk did not print its URL:\n${output}`)), 30_000);
    const check = () => {
      const match = /Kiosk URL: (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => reject(new Error(`kiosk exited with ${code}:\n${output}`)));
  });
  async function halt(): Promise<void> {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    output: () => output,
    halt,
    stop: async () => {
      await halt();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<{ kiosk: KioskShell }>({
  kiosk: async ({}, use) => {
    const shell = await startKioskShell();
    await use(shell);
    await shell.stop();
  },
});
export { expect } from '@playwright/test';
