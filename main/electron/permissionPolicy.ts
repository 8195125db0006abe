import type { Session } from 'electron';
import { isAppUrl } from './appOrigin';

/** Only the camera (`media`, video only) and only for the app's own pages; everything else is denied. */
export function isPermissionAllowed(permission: string, requestingUrl: string, mediaTypes: readonly string[] = []): boolean {
  if (permission !== 'media' || !isAppUrl(requestingUrl)) return false;
  return mediaTypes.every((type) => type === 'video');
}

export function installPermissionPolicy(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(isPermissionAllowed(permission, details.requestingUrl ?? webContents.getURL(), mediaTypes));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
  // WebUSB/WebHID/serial from the page are never needed: devices belong to main.
  session.setDevicePermissionHandler(() => false);
}
