import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { HallConfigError, loadHallConfig, standardConfigPath } from './services/config/loadHallConfig';
import { installCrashHooks } from './services/fleet/crashHooks';
import { openCrashJournal } from './services/fleet/crashJournal';
import { createKioskLogger } from './services/log/kioskLogger';
import { debugSwitchesIn } from './shell/debugSwitches';
import { startBrowserShell } from './shell/browserShell';
import { findChromium } from './shell/chromiumLauncher';
import { chooseShell, hasDisplay, locateElectron, type ShellKind } from './shellChoice';

/** `npm start`: picks a shell (Electron, browser or none), says which and why, and runs the kiosk. */
function parseArgs(argv: string[]): { shell?: 'auto' | ShellKind; config?: string } {
  const out: { shell?: 'auto' | ShellKind; config?: string } = {};
  for (const arg of argv) {
    const [key, value] = arg.split('=', 2);
    if (key === '--shell' && value && ['auto', 'electron', 'browser', 'none'].includes(value)) out.shell = value as ShellKind;
    else if (key === '--config' && value) out.config = value;
    else throw new Error(`Unknown argument ${arg}. Use --shell=auto|electron|browser|none and --config=FILE.`);
  }
  return out;
}

async function main(): Promise<void> {
  const debugging = debugSwitchesIn({ argv: process.argv, execArgv: process.execArgv, env: process.env });
  if (debugging.length > 0) throw new Error(`Refusing to start with debugging switches: ${debugging.join(', ')}`);
  const args = parseArgs(process.argv.slice(2));
  const loaded = loadHallConfig({ configPath: args.config, standardPath: standardConfigPath() });
  // Also to <dataDir>/logs/kiosk.log; the file is only opened on the first line (Electron logs for itself).
  const { log } = createKioskLogger({ dataDir: loaded.dataDir, level: loaded.config.logLevel, bindings: { kiosk: loaded.config.kioskId } });
  installCrashHooks({ source: process, journal: openCrashJournal(loaded.dataDir), log, restart: () => void restartAfterCrash() });
  const requested = args.shell ?? (loaded.config.shell.kind === 'auto' ? 'auto' : loaded.config.shell.kind);
  const decision = chooseShell(requested, locateElectron(import.meta.url), findChromium(loaded.config.shell.chromiumPath), hasDisplay());
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(`Hall Kiosk ${loaded.config.mode} mode, config: ${loaded.source}${loaded.overrides.length ? ` (+ ${loaded.overrides.join(', ')})` : ''}`);
  say(`Shell: ${decision.kind} — ${decision.reason}`);

  if (decision.kind === 'electron' && decision.electronPath) {
    const child = spawn(decision.electronPath, [fileURLToPath(new URL('./index.js', import.meta.url)), ...process.argv.slice(2)], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 1));
    return;
  }
  const shell = await startBrowserShell({
    loaded,
    log,
    rendererDir: fileURLToPath(new URL('../renderer', import.meta.url)),
    chromium: decision.chromiumPath,
    onExit: () => process.exit(0),
    // Memory watchdog / nightly restart: stop everything, start this launcher again, leave.
    restart: () =>
      void shell.stop().finally(() => {
        spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', detached: true }).unref();
        process.exit(0);
      }),
  });
  // Chromium gets the session over its DevTools pipe; only without it is a one-time launch code printed.
  say(decision.chromiumPath ? `Kiosk at ${shell.origin}` : `Kiosk URL: ${shell.launchUrl()} (opens once)`);
  const shutdown = () => void shell.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  stopShell = () => shell.stop();
}

/** Exit code that asks a supervisor for a restart (the same as the Electron kiosk's). */
const RESTART_EXIT_CODE = 70;

/** Closes Chromium and the services once the browser shell runs, so a restart does not open a second window. */
let stopShell: (() => Promise<void>) | undefined;

/**
 * After a crash: stop the shell (at most five seconds), then under a supervisor (KIOSK_SUPERVISED=1)
 * exit and let it restart us, else start this launcher again first.
 */
async function restartAfterCrash(): Promise<void> {
  await Promise.race([stopShell?.().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (process.env.KIOSK_SUPERVISED !== '1') {
    spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', detached: true }).unref();
  }
  process.exit(RESTART_EXIT_CODE);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof HallConfigError || error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
