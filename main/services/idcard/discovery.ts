import { devicesAsync } from 'node-hid';
import { SerialPort } from 'serialport';
import type { Logger } from '../log/logger';
import { commandFrame } from './commands';
import type { BaudRate } from './commands';
import { HidTransport } from './transports/hidTransport';
import { lengthPrefixedFraming } from './transports/hidReportFraming';
import type { HidReportFraming } from './transports/hidReportFraming';
import type { ReaderConnector, ReaderTransport } from './transports/readerTransport';
import { openSerialWithBaudProbe } from './transports/serialTransport';
import { TcpTransport } from './transports/tcpTransport';
import { UsbSamTransport, listUsbSamDevices, openLibusbPipes, usbLocation } from './transports/usbSamTransport';

export interface HidReaderConfig {
  vendorId: number;
  productId: number;
  framing?: HidReportFraming;
}

/** What IT configures; everything is optional and the defaults find the common readers. */
export interface DiscoveryConfig {
  /** Ports to try first, e.g. ["COM3"] or ["/dev/ttyUSB0"]. */
  serialPaths?: string[];
  /** Also try every USB-serial port the OS lists (those with a USB vendor id). Default true. */
  scanUsbSerial?: boolean;
  /** Rates to probe on serial ports; default 115200 only (add the rest for odd builds). */
  baudRates?: BaudRate[];
  tcp?: { host: string; port: number }[];
  /** Look for native 0400:C35A modules. Default true. */
  usbSam?: boolean;
  /** HID readers to try; none by default because HID framing is vendor-specific. */
  hid?: HidReaderConfig[];
  /** Reply budget for the SAM status probe. */
  probeTimeoutMs?: number;
}

export interface ReaderCandidate {
  kind: 'serial' | 'usb-sam' | 'hid' | 'tcp';
  /** Port path, USB location, HID path or host:port. */
  path: string;
  label: string;
}

/** Everything that might be a reader, configured entries first; nothing is opened. */
export async function listReaderCandidates(config: DiscoveryConfig, logger: Logger): Promise<ReaderCandidate[]> {
  const out: ReaderCandidate[] = [];
  const seen = new Set<string>();
  const add = (c: ReaderCandidate): void => {
    const key = `${c.kind}:${c.path}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  };
  for (const path of config.serialPaths ?? []) add({ kind: 'serial', path, label: 'configured serial port' });
  for (const t of config.tcp ?? []) add({ kind: 'tcp', path: `${t.host}:${t.port}`, label: 'configured network reader' });
  if (config.usbSam ?? true) {
    try {
      for (const d of listUsbSamDevices()) add({ kind: 'usb-sam', path: usbLocation(d), label: 'native SAM USB 0400:C35A' });
    } catch (error) {
      logger.warn('idcard: USB enumeration failed', { error });
    }
  }
  if (config.scanUsbSerial ?? true) {
    try {
      for (const p of await SerialPort.list()) {
        if (p.vendorId) add({ kind: 'serial', path: p.path, label: `USB serial ${p.vendorId}:${p.productId ?? '?'} ${p.manufacturer ?? ''}`.trim() });
      }
    } catch (error) {
      logger.warn('idcard: serial enumeration failed', { error });
    }
  }
  for (const h of config.hid ?? []) {
    try {
      for (const d of await devicesAsync(h.vendorId, h.productId)) {
        if (d.path) add({ kind: 'hid', path: d.path, label: `HID ${hex4(h.vendorId)}:${hex4(h.productId)} ${d.product ?? ''}`.trim() });
      }
    } catch (error) {
      logger.warn('idcard: HID enumeration failed', { error });
    }
  }
  return out;
}

/**
 * Opens a candidate and keeps it if it answers SAM status `11 FF` with a well-formed frame (any
 * SW3: a failing SAM is still a reader, and the loop reports the fault).
 */
export async function openCandidate(candidate: ReaderCandidate, config: DiscoveryConfig, logger: Logger): Promise<ReaderTransport | null> {
  const timeoutMs = config.probeTimeoutMs ?? 500;
  if (candidate.kind === 'serial') return openSerialWithBaudProbe(candidate.path, logger, config.baudRates ?? [115200], timeoutMs);
  let transport: ReaderTransport;
  if (candidate.kind === 'tcp') {
    const at = candidate.path.lastIndexOf(':');
    transport = new TcpTransport({ host: candidate.path.slice(0, at), port: Number(candidate.path.slice(at + 1)), logger });
  } else if (candidate.kind === 'usb-sam') {
    const device = listUsbSamDevices().find((d) => usbLocation(d) === candidate.path);
    if (!device) return null;
    transport = new UsbSamTransport(() => openLibusbPipes(device), candidate.path, logger);
  } else {
    const framing = config.hid?.find((h) => candidate.label.includes(`${hex4(h.vendorId)}:${hex4(h.productId)}`))?.framing;
    transport = new HidTransport({ path: candidate.path, framing: framing ?? lengthPrefixedFraming, logger });
  }
  try {
    await transport.open();
  } catch (error) {
    logger.debug('idcard: candidate did not open', { kind: candidate.kind, error });
    return null;
  }
  try {
    await transport.exchange(commandFrame('samStatus'), timeoutMs);
    return transport;
  } catch (error) {
    logger.debug('idcard: candidate gave no SAM status', { kind: candidate.kind, error });
    await transport.close();
    return null;
  }
}

/**
 * The reader loop's connector: re-enumerates on every call (so unplugged and re-plugged readers
 * are found again) and tries the reader that worked last time first.
 */
export function createDiscoveryConnector(config: DiscoveryConfig, logger: Logger): ReaderConnector {
  let lastGood: string | null = null;
  return async () => {
    const candidates = await listReaderCandidates(config, logger);
    candidates.sort((a, b) => Number(`${b.kind}:${b.path}` === lastGood) - Number(`${a.kind}:${a.path}` === lastGood));
    for (const candidate of candidates) {
      const transport = await openCandidate(candidate, config, logger);
      if (transport) {
        lastGood = `${candidate.kind}:${candidate.path}`;
        return transport;
      }
    }
    return null;
  };
}

function hex4(n: number): string {
  return n.toString(16).padStart(4, '0');
}
