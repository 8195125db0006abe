import { contextBridge, ipcRenderer } from 'electron';
import { isKioskEventName } from '../common/contract/events';
import { ipcChannels, kioskMethods } from '../common/contract/kioskApi';

/**
 * Exposes exactly the contract: one function per method returning the call's envelope, and `on`
 * for contract events. No raw ipcRenderer crosses into the page.
 */
const api: Record<string, unknown> = {};
for (const { service, name, path } of kioskMethods) {
  const group = (api[service] ??= {}) as Record<string, (arg?: unknown) => Promise<unknown>>;
  group[name] = (arg?: unknown) => ipcRenderer.invoke(ipcChannels.call(path), arg);
}
api.on = (name: unknown, listener: unknown): (() => void) => {
  if (!isKioskEventName(name) || typeof listener !== 'function') throw new TypeError('kiosk.on(event, listener)');
  const channel = ipcChannels.event(name);
  const relay = (_event: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, relay);
  return () => ipcRenderer.removeListener(channel, relay);
};

contextBridge.exposeInMainWorld('kiosk', api);
