import { SerialPort } from 'serialport';
import type { Logger } from '../../log/logger';
import { commandFrame } from '../commands';
import { BAUD_RATES } from '../commands';
import type { BaudRate } from '../commands';
import { Listeners } from '../listeners';
import { ReaderError } from '../readerErrors';
import type { ResponseFrame } from '../responseParser';
import { FrameExchanger } from './frameExchanger';
import type { ReaderTransport } from './readerTransport';

export interface SerialTransportOptions {
  path: string;
  /** 115200 8N1 is the module default; some builds run at 9600. */
  baudRate?: number;
  logger: Logger;
}

/** A reader on a COM / tty port (RS-232, USB-serial bridges such as CH340, CP210x, PL2303). */
export class SerialTransport implements ReaderTransport {
  readonly kind = 'serial' as const;
  readonly id: string;
  readonly baudRate: number;
  private readonly closeListeners = new Listeners<string>();
  private readonly exchanger: FrameExchanger;
  private readonly logger: Logger;
  private port: SerialPort | null = null;

  constructor(private readonly options: SerialTransportOptions) {
    this.id = `serial:${options.path}`;
    this.baudRate = options.baudRate ?? 115200;
    this.logger = options.logger;
    this.exchanger = new FrameExchanger({ logger: options.logger, write: (bytes) => this.write(bytes) });
  }

  open(): Promise<void> {
    const port = new SerialPort({
      path: this.options.path,
      baudRate: this.baudRate,
      dataBits: 8,
      parity: 'none',
      stopBits: 1,
      autoOpen: false,
    });
    return new Promise((resolve, reject) => {
      port.open((error) => {
        if (error) {
          reject(new ReaderError('idcard.open-failed', `cannot open ${this.options.path}: ${error.message}`));
          return;
        }
        this.port = port;
        port.on('data', (chunk: Buffer) => this.exchanger.feed(chunk));
        port.on('error', (e: Error) => this.logger.warn('idcard: serial port error', { reader: this.id, error: e.message }));
        port.on('close', (e: Error | null) => this.end(e?.message ?? 'port closed'));
        resolve();
      });
    });
  }

  exchange(command: Buffer, timeoutMs: number): Promise<ResponseFrame> {
    return this.exchanger.exchange(command, timeoutMs);
  }

  async close(): Promise<void> {
    const port = this.port;
    if (!port) return;
    this.end('closed');
    await closeSerialPort(port);
  }

  onClose(listener: (reason: string) => void): () => void {
    return this.closeListeners.add(listener);
  }

  private write(bytes: Buffer): Promise<void> {
    const port = this.port;
    if (!port) return Promise.reject(new Error('port not open'));
    return new Promise((resolve, reject) => {
      port.write(bytes, (error) => (error ? reject(error) : port.drain((e) => (e ? reject(e) : resolve()))));
    });
  }

  private end(reason: string): void {
    if (!this.port) return;
    this.port = null;
    this.exchanger.fail(reason);
    this.closeListeners.emit(reason);
  }
}

/**
 * Closes a port without waiting forever: when the far end of a pty (or a flaky driver) is gone,
 * the close callback can fail to arrive, and a stuck close must not stall the reader loop.
 */
export function closeSerialPort(port: SerialPort, waitMs = 1000): Promise<void> {
  if (!port.isOpen) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, waitMs);
    port.close(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Opens `path` at each rate in turn and keeps the first where SAM status (`11 FF`) gets a
 * well-formed reply, the way the vendor DLL's baud detection works. Any SW3 counts: a SAM that
 * answers "self-test failed" is on the right rate, and the reader loop reports its fault.
 */
export async function openSerialWithBaudProbe(
  path: string,
  logger: Logger,
  rates: readonly BaudRate[] = BAUD_RATES,
  timeoutMs = 500,
): Promise<SerialTransport | null> {
  for (const baudRate of rates) {
    const transport = new SerialTransport({ path, baudRate, logger });
    try {
      await transport.open();
    } catch (error) {
      logger.debug('idcard: serial open failed', { path, error });
      return null;
    }
    try {
      await transport.exchange(commandFrame('samStatus'), timeoutMs);
      return transport;
    } catch (error) {
      logger.debug('idcard: no SAM answer', { path, baudRate, error });
    }
    await transport.close();
  }
  return null;
}
