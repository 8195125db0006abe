import { InEndpoint, OutEndpoint, usb } from 'usb';
import type { Logger } from '../../log/logger';
import { HEADER_LENGTH, MAX_FRAME_LENGTH, decodeFrame } from '../frameCodec';
import { Listeners } from '../listeners';
import { ReaderError } from '../readerErrors';
import { toResponse } from '../responseParser';
import type { ResponseFrame } from '../responseParser';
import type { ReaderTransport } from './readerTransport';

/** Native SAM USB module (精伦 iDR200 and compatibles): vendor class, 4 bulk pipes. */
export const USB_SAM_VENDOR_ID = 0x0400;
export const USB_SAM_PRODUCT_ID = 0xc35a;

/** OUT 0x02 carries the 7-byte header, OUT 0x06 the rest; IN 0x81 / 0x85 the same for replies. */
export const USB_SAM_PIPES = { headerOut: 0x02, bodyOut: 0x06, headerIn: 0x81, bodyIn: 0x85 } as const;

/** The bulk I/O the transport needs; the libusb adapter below provides it, tests fake it. */
export interface UsbPipes {
  write(endpoint: number, data: Buffer, timeoutMs: number): Promise<void>;
  /** Resolves with up to `length` bytes (one transfer). */
  read(endpoint: number, length: number, timeoutMs: number): Promise<Buffer>;
  close(): Promise<void>;
  /** Called when the device is unplugged. */
  onDetach(listener: () => void): () => void;
}

export class UsbSamTransport implements ReaderTransport {
  readonly kind = 'usb-sam' as const;
  readonly id: string;
  private readonly closeListeners = new Listeners<string>();
  private pipes: UsbPipes | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private stopDetach: (() => void) | null = null;

  constructor(
    private readonly openPipes: () => Promise<UsbPipes>,
    location: string,
    private readonly logger: Logger,
  ) {
    this.id = `usb-sam:${location}`;
  }

  async open(): Promise<void> {
    try {
      this.pipes = await this.openPipes();
    } catch (error) {
      throw new ReaderError('idcard.open-failed', `cannot open ${this.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.stopDetach = this.pipes.onDetach(() => void this.end('unplugged'));
  }

  exchange(command: Buffer, timeoutMs: number): Promise<ResponseFrame> {
    const run = this.queue.then(() => this.runOne(command, timeoutMs));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.end('closed');
  }

  onClose(listener: (reason: string) => void): () => void {
    return this.closeListeners.add(listener);
  }

  private async runOne(command: Buffer, timeoutMs: number): Promise<ResponseFrame> {
    const pipes = this.pipes;
    if (!pipes) throw new ReaderError('idcard.disconnected', `${this.id} is closed`);
    const deadline = Date.now() + timeoutMs;
    const left = (): number => Math.max(1, deadline - Date.now());
    try {
      await pipes.write(USB_SAM_PIPES.headerOut, command.subarray(0, HEADER_LENGTH), left());
      await pipes.write(USB_SAM_PIPES.bodyOut, command.subarray(HEADER_LENGTH), left());
      const header = await pipes.read(USB_SAM_PIPES.headerIn, HEADER_LENGTH, left());
      if (header.length !== HEADER_LENGTH) {
        throw new ReaderError('idcard.frame-truncated', `reply header has ${header.length} bytes`);
      }
      const length = header.readUInt16BE(5);
      if (HEADER_LENGTH + length > MAX_FRAME_LENGTH) {
        throw new ReaderError('idcard.frame-too-long', `length field ${length} exceeds the frame cap`);
      }
      const body: Buffer[] = [];
      let got = 0;
      while (got < length) {
        const chunk = await pipes.read(USB_SAM_PIPES.bodyIn, length - got, left());
        if (chunk.length === 0) break;
        body.push(chunk);
        got += chunk.length;
      }
      return toResponse(decodeFrame(Buffer.concat([header, ...body]), 'response'));
    } catch (error) {
      if (error instanceof ReaderError) throw error;
      throw this.mapUsbError(error, command);
    }
  }

  private mapUsbError(error: unknown, command: Buffer): ReaderError {
    const message = error instanceof Error ? error.message : String(error);
    if (/TIMED_OUT|timeout/i.test(message)) {
      return new ReaderError('idcard.timeout', `no reply to command ${command.subarray(7, 9).toString('hex')}: ${message}`);
    }
    this.logger.warn('idcard: usb transfer failed', { reader: this.id, error: message });
    void this.end(message);
    return new ReaderError('idcard.disconnected', message);
  }

  private async end(reason: string): Promise<void> {
    const pipes = this.pipes;
    if (!pipes) return;
    this.pipes = null;
    this.stopDetach?.();
    this.closeListeners.emit(reason);
    await pipes.close().catch(() => undefined);
  }
}

/** "bus-port.port" for a libusb device: stable while it stays in the same socket. */
export function usbLocation(device: usb.Device): string {
  return `${device.busNumber}-${device.portNumbers.join('.')}`;
}

/** Claims interface 0 of a 0400:C35A device through libusb and exposes its four pipes. */
export async function openLibusbPipes(device: usb.Device): Promise<UsbPipes> {
  device.open();
  const iface = device.interface(0);
  // On Linux a kernel driver may hold the interface; libusb must own it to talk bulk.
  if (process.platform === 'linux' && iface.isKernelDriverActive()) iface.detachKernelDriver();
  iface.claim();
  const endpoint = (address: number) => {
    const ep = iface.endpoint(address);
    if (!ep) throw new Error(`endpoint 0x${address.toString(16)} missing`);
    return ep;
  };
  return {
    write: (address, data, timeoutMs) =>
      new Promise((resolve, reject) => {
        const ep = endpoint(address);
        if (!(ep instanceof OutEndpoint)) throw new Error(`endpoint 0x${address.toString(16)} is not OUT`);
        ep.timeout = timeoutMs;
        ep.transfer(data, (error) => (error ? reject(error) : resolve()));
      }),
    read: (address, length, timeoutMs) =>
      new Promise((resolve, reject) => {
        const ep = endpoint(address);
        if (!(ep instanceof InEndpoint)) throw new Error(`endpoint 0x${address.toString(16)} is not IN`);
        ep.timeout = timeoutMs;
        ep.transfer(length, (error, data) => (error ? reject(error) : resolve(data ?? Buffer.alloc(0))));
      }),
    close: () =>
      new Promise((resolve) => {
        iface.release(true, () => {
          try {
            device.close();
          } finally {
            resolve();
          }
        });
      }),
    onDetach: (listener) => {
      const onDetach = (gone: usb.Device): void => {
        if (gone === device) listener();
      };
      usb.on('detach', onDetach);
      return () => usb.off('detach', onDetach);
    },
  };
}

/** Every native SAM USB module currently attached. */
export function listUsbSamDevices(): usb.Device[] {
  return usb.getDeviceList().filter((d) => d.deviceDescriptor.idVendor === USB_SAM_VENDOR_ID && d.deviceDescriptor.idProduct === USB_SAM_PRODUCT_ID);
}
