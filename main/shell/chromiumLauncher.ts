import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, rmSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../services/log/logger';
import { devToolsPipe } from './chromiumPipe';
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
    // The idle wipe keeps time even when the window is covered or the display sleeps (see the Electron window's backgroundThrottling).
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    // Main hands the bridge session over this pipe (fds 3 and 4, this process's alone), so nothing
    // secret is ever on the command line; it opens no debugging port.
    '--remote-debugging-pipe',
    ...extra,
  ];
  // Chromium refuses to start its sandbox as root (IT test boxes, containers).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

export interface ChromiumKiosk {
  /** Closes the browser and, once it has exited, removes its cookie store. */
  stop(): Promise<void>;
}

/**
 * Chromium writes even session cookies to its profile (to restore a crashed session), encrypted
 * only with the basic store's fixed key; the bridge session must not outlive the browser on disk.
 */
function removeCookieStore(profileDir: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(path.join(profileDir, 'Default', `Cookies${suffix}`), { force: true });
}

/**
 * Opens the kiosk page in Chromium and reopens it with backoff if the browser dies. The page's
 * address carries no secret (Chromium's command line is readable by any local user): right after
 * each start main sets the bridge session cookie over the DevTools pipe, and the page's bridge,
 * refused until then, connects on its next retry.
 */
export function launchChromiumKiosk(options: {
  executable: string;
  pageUrl: string;
  sessionCookie: () => { name: string; value: string };
  dataDir: string;
  log: Logger;
  extraArgs?: string[];
}): ChromiumKiosk {
  const backoff = new RestartBackoff({ baseMs: 1000, maxMs: 60_000, stableMs: 300_000 });
  let child: ChildProcess | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const profileDir = path.join(options.dataDir, 'chromium-profile');
  const start = () => {
    backoff.started();
    removeCookieStore(profileDir);
    const browser = spawn(options.executable, chromiumKioskArgs(options.pageUrl, profileDir, options.extraArgs), {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    });
    child = browser;
    browser.on('exit', (code, signal) => {
      if (stopped) return;
      const delay = backoff.nextDelay();
      options.log.warn('kiosk browser exited; reopening', { code, signal, delayMs: delay });
      timer = setTimeout(start, delay);
    });
    const { name, value } = options.sessionCookie();
    devToolsPipe(browser)
      .send('Storage.setCookies', {
        cookies: [{ name, value, url: new URL('/bridge', options.pageUrl).href, path: '/bridge', httpOnly: true, sameSite: 'Strict' }],
      })
      .then(
        () => options.log.info('bridge session handed to the kiosk browser'),
        (error: unknown) => options.log.error('could not hand the bridge session to the kiosk browser', { error }),
      );
  };
  start();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      const running = child;
      if (running && running.exitCode === null && running.signalCode === null) {
        const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
        running.kill('SIGTERM');
        const hung = setTimeout(() => running.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(hung);
      }
      removeCookieStore(profileDir);
    },
  };
}
