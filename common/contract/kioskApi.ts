import type { ClientOf, HandlersOf } from './define';
import { listMethods } from './define';
import type { KioskEventName, KioskEventPayload } from './events';
import { enterpriseFlowMethods } from './services/enterpriseFlows';
import { personFlowMethods } from './services/personFlows';
import { readerMethods } from './services/reader';
import { sessionMethods } from './services/session';
import { staffMethods } from './services/staff';
import { syncMethods } from './services/sync';
import { systemMethods } from './services/system';

/**
 * The one boundary between the renderer and main. Adding a method means adding it to its service
 * file; both transports, the preload and the renderer client pick it up from here.
 */
export const kioskContract = {
  system: systemMethods,
  session: sessionMethods,
  staff: staffMethods,
  reader: readerMethods,
  sync: syncMethods,
  person: personFlowMethods,
  enterprise: enterpriseFlowMethods,
};

export type KioskContract = typeof kioskContract;
export type KioskHandlers = HandlersOf<KioskContract>;
export const kioskMethods = listMethods(kioskContract);
export const kioskMethodPaths = kioskMethods.map((m) => m.path);

export type KioskEventListener<E extends KioskEventName> = (payload: KioskEventPayload<E>) => void;

/** The renderer's view: every method, plus typed event subscription returning an unsubscribe. */
export type KioskApi = ClientOf<KioskContract> & {
  on<E extends KioskEventName>(name: E, listener: KioskEventListener<E>): () => void;
};

/** Channel names for Electron IPC, derived so the preload and the router cannot disagree. */
export const ipcChannels = {
  call: (path: string) => `kiosk:call:${path}`,
  event: (name: string) => `kiosk:event:${name}`,
};
