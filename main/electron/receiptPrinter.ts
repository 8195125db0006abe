import type { WebContents } from 'electron';
import type { PrintProblem } from '../../common/contract/services/system';
import type { Logger } from '../services/log/logger';
import { findReceiptPrinter, printerState } from './printerStatus';

export interface ReceiptPrintOutcome {
  printed: boolean;
  reason?: string;
  problem?: PrintProblem;
}

/**
 * Prints the page's receipt silently on the hall's receipt printer, asking the printer's state
 * first: a job sent to an empty or switched-off thermal printer is often "printed" as far as the
 * spooler knows, and the citizen would walk away with nothing. The page's print stylesheet sizes the
 * paper (the receipt roll's width, the receipt's length).
 */
export function createReceiptPrinter(
  contents: () => Pick<WebContents, 'print' | 'getPrintersAsync' | 'isDestroyed'> | undefined,
  deviceName: string | undefined,
  log: Logger,
): () => Promise<ReceiptPrintOutcome> {
  return async () => {
    const window = contents();
    if (!window || window.isDestroyed()) return { printed: false, reason: 'no window', problem: 'failed' };
    const printer = findReceiptPrinter(await window.getPrintersAsync().catch(() => []), deviceName);
    const state = printerState(printer);
    if (state !== 'ready') {
      log.warn('receipt not printed: printer not ready', { printer: printer?.name ?? deviceName ?? null, state });
      return { printed: false, reason: `printer ${state}`, problem: state };
    }
    return new Promise((resolve) => {
      window.print({ silent: true, printBackground: false, deviceName: printer?.name ?? '' }, (printed, reason) => {
        if (printed) return resolve({ printed });
        log.warn('receipt print failed', { reason: reason.slice(0, 200) });
        resolve({ printed, reason: reason.slice(0, 200), problem: 'failed' });
      });
    });
  };
}
