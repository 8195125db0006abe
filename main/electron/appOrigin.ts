/** The kiosk's own origin in Electron: a privileged custom scheme, never file://. */
export const appScheme = 'app';
export const appHost = 'kiosk';
export const appUrl = `${appScheme}://${appHost}/`;

/** True for URLs of the app itself (Node's URL gives custom schemes a `null` origin, so compare parts). */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${appScheme}:` && url.host === appHost;
  } catch {
    return false;
  }
}
