import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadHallConfig } from '../../main/services/config/loadHallConfig';
import { KeyFileProvider } from '../../main/services/crypto/keyFileProvider';
import { silentLogger } from '../../main/services/log/logger';
import { startKioskServices, type KioskRuntime } from '../../main/kioskServices';

/** Starts the real kiosk services on a fresh data directory with the default (demo) config. */
export async function startTestRuntime(env: Record<string, string> = {}): Promise<{ runtime: KioskRuntime; exits: number[]; cleanup(): Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kiosk-test-'));
  const loaded = loadHallConfig({ env: { KIOSK_DATA_DIR: dataDir, ...env } });
  const exits: number[] = [];
  const runtime = await startKioskServices({
    loaded,
    log: silentLogger,
    shell: 'browser',
    versions: { node: process.versions.node },
    keyProvider: new KeyFileProvider(path.join(dataDir, 'data.key'), silentLogger),
    exit: () => exits.push(Date.now()),
  });
  return {
    runtime,
    exits,
    async cleanup() {
      await runtime.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
