import type { LoadedHallConfig } from '../services/config/loadHallConfig';
import type { Logger } from '../services/log/logger';
import path from 'node:path';
import { grantDevRenderer, type DevRenderer } from '../appAssets/devRenderer';
import { startKioskServices, type KioskRuntime } from '../kioskServices';
import { KeyFileProvider } from '../services/crypto/keyFileProvider';
import { maintenanceSettings, startMaintenance, type Maintenance } from '../services/system/maintenance';
import { nodeProcessSample } from '../services/system/memoryWatchdog';
import { startupHintOf } from '../appAssets/startupHint';
import { startAppServer, type AppServer } from './appServer';
import { launchChromiumKiosk, type ChromiumKiosk } from './chromiumLauncher';

export interface BrowserShellOptions {
  loaded: LoadedHallConfig;
  log: Logger;
  rendererDir: string;
  /** Chromium to open the kiosk in; undefined serves the URL only. */
  chromium?: string;
  chromiumArgs?: string[];
  onExit: () => void;
  /** Restarts the whole kiosk process; when given, the memory watchdog and nightly restart run. */
  restart?: (reason: string) => void;
  /**
   * Set by `npm run dev` only: the origin of Vite's dev server, which then serves the renderer and
   * reaches main over this shell's bridge. Refused unless the hall config is in demo mode.
   */
  devServerOrigin?: string;
}

export interface BrowserShell {
  readonly origin: string;
  /** Where to open the kiosk page, with a fresh one-time launch code (see `AppServer.launchUrl`). */
  launchUrl(): string;
  readonly runtime: KioskRuntime;
  /** What was relaxed for the dev server, when one was asked for. */
  readonly devRenderer?: DevRenderer;
  stop(): Promise<void>;
}

/** The kiosk without Electron: the same main services, the renderer in plain Chromium over loopback. */
export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  const { loaded, log } = options;
  // Before anything starts: a refused dev server leaves nothing running.
  const devRenderer = options.devServerOrigin === undefined ? undefined : grantDevRenderer(loaded.config, options.devServerOrigin);
  let browser: ChromiumKiosk | undefined;
  let stopping: Promise<void> | undefined;
  // Declared before the services so the staff exit handler can reach it; only called after start-up.
  const stop = () =>
    (stopping ??= (async () => {
      maintenance?.stop();
      await browser?.stop();
      await server.close();
      await runtime.stop();
    })());
  const runtime = await startKioskServices({
    loaded,
    log,
    shell: 'browser',
    versions: { node: process.versions.node },
    // No OS key store without Electron: a 0600 key file, which warns loudly on every start.
    keyProvider: new KeyFileProvider(path.join(loaded.dataDir, 'data.key'), log),
    exit: () => void stop().then(options.onExit),
  });
  const restart = options.restart;
  const maintenance: Maintenance | undefined = restart
    ? startMaintenance({ config: loaded.config, settings: maintenanceSettings(process.env, 1024), sample: nodeProcessSample, restart, log })
    : undefined;
  if (maintenance) runtime.session.onEnd(() => maintenance.sessionEnded());
  const server: AppServer = await startAppServer({
    rendererDir: options.rendererDir,
    port: loaded.config.shell.port,
    startupHint: () => startupHintOf(loaded.config),
    dispatch: maintenance ? maintenance.track(runtime.dispatch) : runtime.dispatch,
    events: runtime.events,
    log: log.child({ component: 'shell' }),
    devRenderer,
  });
  if (options.chromium) {
    browser = launchChromiumKiosk({
      executable: options.chromium,
      pageUrl: `${server.origin}/`,
      sessionCookie: server.browserCookie,
      dataDir: loaded.dataDir,
      log,
      extraArgs: options.chromiumArgs,
    });
  }
  return { origin: server.origin, launchUrl: server.launchUrl, runtime, devRenderer, stop };
}
