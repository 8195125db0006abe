import type { Session } from 'electron';
import { isAppUrl } from './appOrigin';

/**
 * Only the camera (`media`, video only) and only for the app's own pages; everything else is
 * denied. A media request must name what it wants: an empty list, or one with the microphone (or
 * Electron's `unknown`), is refused rather than read as "nothing beyond video".
 */
export function isPermissionAllowed(permission: string, requestingUrl: string, mediaTypes: readonly string[] = []): boolean {
  if (permission !== 'media' || !isAppUrl(requestingUrl)) return false;
  return mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video');
}

export function installPermissionPolicy(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(isPermissionAllowed(permission, details.requestingUrl ?? webContents.getURL(), mediaTypes));
  });
  // A check names one media type at a time (`details.mediaType`); without one it is refused.
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, requestingOrigin, details?.mediaType ? [details.mediaType] : []),
  );
  // WebUSB/WebHID/serial from the page are never needed: devices belong to main.
  session.setDevicePermissionHandler(() => false);
}
