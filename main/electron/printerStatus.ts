import type { PrintProblem } from '../../common/contract/services/system';

/**
 * What Electron's printer list says of the receipt printer, in the words the citizen is told.
 * On Linux and macOS Electron passes CUPS's attributes in `options` (`printer-state` 5 = stopped,
 * `printer-state-reasons` such as `media-empty-error` or `offline-report`), so an empty roll is told
 * apart from a printer that is off: the citizen hears "out of paper" rather than "offline". Where
 * the list says nothing of the state (Windows), the printer counts as ready and a failed job is
 * reported by the print itself.
 */
export type PrinterState = 'ready' | PrintProblem;

/** The part of Electron's PrinterInfo read here (older Electron versions also said which is the default). */
export interface ListedPrinter {
  name: string;
  isDefault?: boolean;
  /** CUPS attributes by name (Electron types them as an empty interface). */
  options?: object;
}

/** The configured printer by name, else the default one, else any. */
export function findReceiptPrinter(printers: readonly ListedPrinter[], wanted: string | undefined): ListedPrinter | undefined {
  if (wanted) return printers.find((p) => p.name === wanted);
  return printers.find((p) => p.isDefault) ?? printers[0];
}

export function printerState(printer: ListedPrinter | undefined): PrinterState {
  if (!printer) return 'absent';
  const options = (printer.options ?? {}) as Record<string, string | undefined>;
  const reasons = (options['printer-state-reasons'] ?? '').split(',').map((r) => r.trim().replace(/-(error|warning|report)$/, ''));
  if (reasons.some((r) => r === 'media-empty' || r === 'media-needed')) return 'outOfPaper';
  if (reasons.some((r) => r === 'offline' || r === 'shutdown' || r === 'connecting-to-device' || r === 'timed-out')) return 'offline';
  // 5: stopped (CUPS's IPP printer-state), for a reason the list above does not name.
  if (options['printer-state'] === '5') return 'offline';
  return 'ready';
}
