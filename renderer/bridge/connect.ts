import { createKioskClient } from '../../common/contract/client';
import type { KioskApi } from '../../common/contract/kioskApi';
import { createIpcTransport, hasPreloadKiosk } from './ipcTransport';
import { createWsTransport } from './wsTransport';

/**
 * Picks the transport by itself: the Electron preload's `window.kiosk` when present, else the
 * browser shell's WebSocket. That socket is admitted by an HttpOnly session cookie main set when
 * this page was first loaded, so no secret is ever in the page's address, script or storage.
 */
export function connect(): KioskApi {
  const exposed = (window as unknown as { kiosk?: unknown }).kiosk;
  if (hasPreloadKiosk(exposed)) return createKioskClient(createIpcTransport(exposed));
  return createKioskClient(createWsTransport(location.origin));
}
