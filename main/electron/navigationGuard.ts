import type { WebContents } from 'electron';
import type { Logger } from '../services/log/logger';
import { isAppUrl } from './appOrigin';

/** The kiosk never leaves its app: no navigation elsewhere, no new windows, no webviews. */
export function installNavigationGuard(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, log: Logger): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      log.warn('navigation blocked', { scheme: url.split(':')[0] });
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => {
    log.warn('new window blocked');
    return { action: 'deny' };
  });
}
