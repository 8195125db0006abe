import { describe, expect, it } from 'vitest';
import { kioskWindowOptions } from '../../../../main/electron/windowOptions';

describe('kiosk window options', () => {
  it('is a full-screen kiosk window with the renderer sandboxed and isolated', () => {
    const options = kioskWindowOptions('/app/preload/index.cjs');
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, frame: false, autoHideMenuBar: true });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('keeps the page’s timers running when the window is covered, so the idle wipe comes on time', () => {
    expect(kioskWindowOptions('/app/preload/index.cjs').webPreferences).toMatchObject({ backgroundThrottling: false });
  });
});
