import { app, BrowserWindow, crashReporter, ipcMain, powerSaveBlocker, protocol, safeStorage, session } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ipcChannels } from '../common/contract/kioskApi';
import { createAssetResolver } from './appAssets/assetResolver';
import { startupHintOf } from './appAssets/startupHint';
import { appUrl } from './electron/appOrigin';
import { registerAppScheme, serveAppProtocol } from './electron/appProtocol';
import { createElectronRestart, startCrashDumps } from './electron/crashHandling';
import { installCrashWatchdog } from './electron/crashWatchdog';
import { installInputGuard } from './electron/inputGuard';
import { registerIpcRouter } from './electron/ipcRouter';
import { installNavigationGuard } from './electron/navigationGuard';
import { installPermissionPolicy } from './electron/permissionPolicy';
import { installRequestFilter } from './electron/requestFilter';
import { createReceiptPrinter } from './electron/receiptPrinter';
import { kioskWindowOptions } from './electron/windowOptions';
import { isDoctorRun, runPackagedDoctor } from './tools/packagedDoctor';
import { startKioskServices } from './kioskServices';
import { loadHallConfig, standardConfigPath } from './services/config/loadHallConfig';
import { SafeStorageKeyProvider } from './services/crypto/safeStorageKeyProvider';
import { installCrashHooks } from './services/fleet/crashHooks';
import { openCrashJournal } from './services/fleet/crashJournal';
import { createKioskLogger } from './services/log/kioskLogger';
import { debugSwitchesIn } from './shell/debugSwitches';
import { maintenanceSettings, startMaintenance, sumAppMetrics } from './services/system/maintenance';

/** Electron composition root: the same services as the browser shell, behind a locked-down window. */
const debugging = debugSwitchesIn({ argv: process.argv, execArgv: process.execArgv, env: process.env });
if (debugging.length > 0) {
  process.stderr.write(`Refusing to start with debugging switches: ${debugging.join(', ')}\n`);
  process.exit(2);
}
if (isDoctorRun(process.argv)) {
  // `hall-kiosk --doctor`: the checks of `npm run doctor`, printed; no window, no lock, no services.
  // Headless, so that it also runs over SSH where the session has no display.
  app.disableHardwareAcceleration();
  app.commandLine.appendSwitch('ozone-platform', 'headless');
  runPackagedDoctor(process.argv, process.versions.electron, (text) => process.stdout.write(`${text}\n`)).then(
    (code) => app.exit(code),
    (error: unknown) => {
      process.stderr.write(`doctor failed: ${error instanceof Error ? error.message : String(error)}\n`);
      app.exit(2);
    },
  );
} else {
  startKiosk();
}

function startKiosk(): void {
  registerAppScheme(protocol);
  app.enableSandbox();

  const loaded = loadHallConfig({ standardPath: standardConfigPath() });
  // JSON lines to stderr and to <dataDir>/logs/kiosk.log (rotated by size, personal data redacted).
  const { log, sink: logFile } = createKioskLogger({
    dataDir: loaded.dataDir,
    level: loaded.config.logLevel,
    bindings: { kiosk: loaded.config.kioskId, shell: 'electron' },
  });
  // Before anything else can throw: no error dialog in front of a citizen, a log line, a heartbeat note, a restart.
  const crashes = openCrashJournal(loaded.dataDir);
  const restart = createElectronRestart(app, process.env, log);
  installCrashHooks({ source: process, journal: crashes, log, restart });
  startCrashDumps(crashReporter, app, loaded.dataDir);

  if (!app.requestSingleInstanceLock()) app.quit();

  app.on('web-contents-created', (_event, contents) => installNavigationGuard(contents, log));

  void app.whenReady().then(async () => {
    installPermissionPolicy(session.defaultSession);
    serveAppProtocol(
      protocol,
      createAssetResolver(fileURLToPath(new URL('../renderer', import.meta.url)), { startupHint: () => startupHintOf(loaded.config) }),
    );

    let leaving = false;
    // Created after the services, which need to print through it.
    const kioskWindow: { current?: BrowserWindow } = {};
    const runtime = await startKioskServices({
      loaded,
      log,
      shell: 'electron',
      versions: { node: process.versions.node, electron: process.versions.electron, chrome: process.versions.chrome },
      // Print CSS leaves only the receipt on the page; silent: no dialog for the citizen.
      printReceipt: createReceiptPrinter(
        () => (kioskWindow.current && !kioskWindow.current.isDestroyed() ? kioskWindow.current.webContents : undefined),
        loaded.config.devices.printer.name,
        log,
      ),
      crashes,
      printers: async () => kioskWindow.current?.webContents.getPrintersAsync() ?? [],
      keyProvider: new SafeStorageKeyProvider({ safeStorage, wrappedKeyPath: path.join(loaded.dataDir, 'data-key.safe'), logger: log }),
      exit: () => {
        leaving = true;
        app.quit();
      },
    });

    installRequestFilter(session.defaultSession, runtime.identity.origin, log);
    const window = new BrowserWindow(kioskWindowOptions(fileURLToPath(new URL('../preload/index.cjs', import.meta.url))));
    kioskWindow.current = window;
    window.removeMenu();
    window.on('close', (event) => {
      if (!leaving) event.preventDefault();
    });
    const contents = window.webContents;
    installInputGuard(contents);
    // Pinch zoom is off at the window, not in the page: the page offers its own larger-text toggle.
    void contents.setVisualZoomLevelLimits(1, 1);
    installCrashWatchdog(contents, log);
    // Long uptime: memory watchdog over every Electron process, nightly restart, both between citizens.
    const maintenance = startMaintenance({
      config: loaded.config,
      settings: maintenanceSettings(process.env, 2048),
      sample: () => sumAppMetrics(app.getAppMetrics()),
      restart: (reason) => {
        leaving = true;
        maintenance.stop();
        void runtime.stop().finally(() => restart(reason));
      },
      log,
    });
    runtime.session.onEnd(() => maintenance.sessionEnded());
    registerIpcRouter(ipcMain, maintenance.track(runtime.dispatch), () => contents.mainFrame, log);
    runtime.events.attach((name, payload) => {
      if (!contents.isDestroyed()) contents.send(ipcChannels.event(name), payload);
    });
    const awake = powerSaveBlocker.start('prevent-display-sleep');
    app.on('before-quit', () => {
      powerSaveBlocker.stop(awake);
      maintenance.stop();
      void runtime.stop().finally(() => logFile.close());
    });
    window.once('ready-to-show', () => window.show());
    await window.loadURL(appUrl);
  });
}
