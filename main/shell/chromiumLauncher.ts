import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../services/log/logger';
import { RestartBackoff } from '../restartBackoff';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The first Chromium-family browser on this machine, or undefined. */
export function findChromium(configured?: string): string | undefined {
  for (const file of configured ? [configured] : candidates) {
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

/**
 * Flags for a kiosk window: full screen app mode, no first-run UI, no background traffic to
 * Google's hosts (a hall network blocks it and the kiosk must not leak), autoplay for voice prompts.
 */
export function chromiumKioskArgs(url: string, profileDir: string, extra: string[] = []): string[] {
  const args = [
    `--app=${url}`,
    '--kiosk',
    // Without a window manager (a bare X session on a hall PC) --kiosk alone leaves a window.
    '--start-fullscreen',
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-translate',
    '--disable-features=Translate,TranslateUI,MediaRouter,OptimizationHints',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    '--noerrdialogs',
    '--autoplay-policy=no-user-gesture-required',
    '--password-store=basic',
    ...extra,
  ];
  // Chromium refuses to start its sandbox as root (IT test boxes, containers).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

export interface ChromiumKiosk {
  stop(): void;
}

/**
 * Opens the kiosk page in Chromium and reopens it with backoff if the browser dies. Every start
 * gets a fresh launch code: Chromium's command line is readable by any local user, so it only ever
 * carries a code that the page spends on its first load.
 */
export function launchChromiumKiosk(options: {
  executable: string;
  launchUrl: () => string;
  dataDir: string;
  log: Logger;
  extraArgs?: string[];
}): ChromiumKiosk {
  const backoff = new RestartBackoff({ baseMs: 1000, maxMs: 60_000, stableMs: 300_000 });
  let child: ChildProcess | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const start = () => {
    backoff.started();
    child = spawn(options.executable, chromiumKioskArgs(options.launchUrl(), path.join(options.dataDir, 'chromium-profile'), options.extraArgs), {
      stdio: 'ignore',
    });
    child.on('exit', (code, signal) => {
      if (stopped) return;
      const delay = backoff.nextDelay();
      options.log.warn('kiosk browser exited; reopening', { code, signal, delayMs: delay });
      timer = setTimeout(start, delay);
    });
  };
  start();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      child?.kill('SIGTERM');
    },
  };
}
