import type { BrowserWindowConstructorOptions } from 'electron';

/** The kiosk window: full screen, no frame or menu, and the renderer locked in its sandbox. */
export function kioskWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    backgroundColor: '#0b3a6e',
    show: false,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
      safeDialogs: true,
      autoplayPolicy: 'no-user-gesture-required',
      // The idle wipe keeps time even when the window is covered or the display sleeps: a throttled
      // page runs its timers about once a minute, and an idle session then lasted ~2 minutes, not 50 s.
      backgroundThrottling: false,
      // Middle-click opens links in new windows; the navigation guard denies them, this removes the path.
      disableBlinkFeatures: 'Auxclick',
    },
  };
}
