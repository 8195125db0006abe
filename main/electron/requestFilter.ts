import type { Session } from 'electron';
import type { Logger } from '../services/log/logger';
import { isAppUrl } from './appOrigin';

/**
 * True when a request may leave the renderer's session: the app itself, in-page data/blob URLs,
 * and the configured identity API origin. Everything else is cancelled.
 */
export function isRequestAllowed(url: string, identityApiOrigin: string | undefined): boolean {
  if (isAppUrl(url) || url.startsWith('data:') || url.startsWith('blob:')) return true;
  if (!identityApiOrigin) return false;
  try {
    return new URL(url).origin === identityApiOrigin;
  } catch {
    return false;
  }
}

export function installRequestFilter(session: Pick<Session, 'webRequest'>, identityApiOrigin: string | undefined, log: Logger): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url, identityApiOrigin);
    if (!allowed) {
      // The host only: a path or query may carry personal data.
      let host = 'unparseable';
      try {
        host = new URL(details.url).host || new URL(details.url).protocol;
      } catch {
        // keep the placeholder
      }
      log.warn('request blocked', { host });
    }
    callback({ cancel: !allowed });
  });
}
