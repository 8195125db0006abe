import type { IpcMain, WebFrameMain } from 'electron';
import { bridgeErrorCodes, type CallOutcome } from '../../common/contract/envelope';
import { ipcChannels, kioskMethodPaths } from '../../common/contract/kioskApi';
import type { Dispatch } from '../bridge/callDispatcher';
import type { Logger } from '../services/log/logger';
import { isAppUrl } from './appOrigin';

/** A call is trusted only from the kiosk window's top frame showing the app itself. */
export function isTrustedSender(frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined, mainFrame: unknown): boolean {
  return !!frame && frame === mainFrame && frame.parent === null && isAppUrl(frame.url);
}

/** One `ipcMain.handle` per contract method, each checking the sender before the dispatcher validates the call. */
export function registerIpcRouter(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, dispatch: Dispatch, mainFrame: () => unknown, log: Logger): () => void {
  for (const path of kioskMethodPaths) {
    ipcMain.handle(ipcChannels.call(path), async (event, arg: unknown): Promise<CallOutcome> => {
      if (!isTrustedSender(event.senderFrame, mainFrame())) {
        log.warn('IPC call from an untrusted frame refused', { method: path });
        return { ok: false, error: { code: bridgeErrorCodes.untrustedSender, message: 'Call refused: untrusted sender' } };
      }
      return dispatch(path, arg, { transport: 'ipc' });
    });
  }
  return () => kioskMethodPaths.forEach((path) => ipcMain.removeHandler(ipcChannels.call(path)));
}
