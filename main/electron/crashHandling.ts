import path from 'node:path';
import type { App, CrashReporter } from 'electron';
import type { Logger } from '../services/log/logger';

/** Exit code that asks the supervisor (systemd unit, Windows task) for a restart. */
export const RESTART_EXIT_CODE = 70;

/**
 * Electron's crash reporter writes minidumps of crashed processes (main, renderer, GPU) under
 * `<dataDir>/crash-dumps`, and never uploads them: no submit URL, upload off. IT collects them with
 * the logs. Call before the app is ready so that every child process is covered.
 */
export function startCrashDumps(crashReporter: Pick<CrashReporter, 'start'>, app: Pick<App, 'setPath'>, dataDir: string): string {
  const dir = path.join(dataDir, 'crash-dumps');
  app.setPath('crashDumps', dir);
  crashReporter.start({ submitURL: '', uploadToServer: false, compress: true });
  return dir;
}

/**
 * How the Electron kiosk starts again after a crash, a memory limit or the nightly restart. Under a
 * supervisor (`KIOSK_SUPERVISED=1`, set by the systemd unit and the Windows task) it only exits with
 * RESTART_EXIT_CODE and the supervisor starts it; a relaunched child would be killed with the old
 * process's service. Without one it relaunches itself.
 */
export function createElectronRestart(app: Pick<App, 'relaunch' | 'exit'>, env: Record<string, string | undefined>, log: Logger): (reason: string) => void {
  const supervised = env.KIOSK_SUPERVISED === '1';
  return (reason) => {
    log.warn('restarting the kiosk', { reason, by: supervised ? 'supervisor' : 'relaunch' });
    if (!supervised) app.relaunch();
    app.exit(RESTART_EXIT_CODE);
  };
}
