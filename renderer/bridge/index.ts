import { createKioskClient } from '../../common/contract/client';
import type { KioskApi } from '../../common/contract/kioskApi';
import { createIpcTransport, hasPreloadKiosk } from './ipcTransport';
import { createWsTransport } from './wsTransport';

const tokenKey = 'kiosk.bridgeToken';

/**
 * Picks the transport by itself: the Electron preload's `window.kiosk` when present, else the
 * browser shell's WebSocket, whose launch token arrives once in the URL and is then removed from it.
 */
function connect(): KioskApi {
  const exposed = (window as unknown as { kiosk?: unknown }).kiosk;
  if (hasPreloadKiosk(exposed)) return createKioskClient(createIpcTransport(exposed));
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('bridge');
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl);
    history.replaceState(null, '', location.pathname);
  }
  const token = fromUrl ?? sessionStorage.getItem(tokenKey) ?? '';
  return createKioskClient(createWsTransport(location.origin, token));
}

export const kiosk: KioskApi = connect();
