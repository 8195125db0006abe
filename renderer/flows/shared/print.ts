import type { SystemInfo } from '../../../common/contract/services/system';

/**
 * Prints the receipt on screen. In the browser shell the receipt stays on screen (a print dialog
 * would block the kiosk); in Electron the silent print to the configured printer is main's job
 * (see docs/flows.md: needs a `system.printReceipt` method from main/electron).
 */
export function canPrintSilently(info: SystemInfo | undefined): boolean {
  return info?.shell === 'electron';
}
