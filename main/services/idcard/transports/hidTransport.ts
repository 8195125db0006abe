import { HIDAsync } from 'node-hid';
import type { Logger } from '../../log/logger';
import { Listeners } from '../listeners';
import { ReaderError } from '../readerErrors';
import type { ResponseFrame } from '../responseParser';
import { FrameExchanger } from './frameExchanger';
import type { HidReportFraming } from './hidReportFraming';
import type { ReaderTransport } from './readerTransport';

/** The part of node-hid's HIDAsync the transport uses. */
export interface HidDeviceLike {
  write(report: Buffer): Promise<number>;
  close(): Promise<void>;
  on(event: 'data', listener: (report: Buffer) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface HidTransportOptions {
  path: string;
  framing: HidReportFraming;
  logger: Logger;
  open?: (path: string) => Promise<HidDeviceLike>;
}

/** A "免驱" HID reader; the framing says how SAM frames map onto its reports. */
export class HidTransport implements ReaderTransport {
  readonly kind = 'hid' as const;
  readonly id: string;
  private readonly closeListeners = new Listeners<string>();
  private readonly exchanger: FrameExchanger;
  private device: HidDeviceLike | null = null;

  constructor(private readonly options: HidTransportOptions) {
    this.id = `hid:${options.path}`;
    this.exchanger = new FrameExchanger({ logger: options.logger, write: (bytes) => this.write(bytes) });
  }

  async open(): Promise<void> {
    const open = this.options.open ?? ((path: string) => HIDAsync.open(path));
    try {
      this.device = await open(this.options.path);
    } catch (error) {
      throw new ReaderError('idcard.open-failed', `cannot open ${this.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.device.on('data', (report) => this.exchanger.feed(this.options.framing.decode(report)));
    // node-hid reports an unplugged device as a read error.
    this.device.on('error', (error) => void this.end(error.message));
  }

  exchange(command: Buffer, timeoutMs: number): Promise<ResponseFrame> {
    return this.exchanger.exchange(command, timeoutMs);
  }

  async close(): Promise<void> {
    await this.end('closed');
  }

  onClose(listener: (reason: string) => void): () => void {
    return this.closeListeners.add(listener);
  }

  private async write(frame: Buffer): Promise<void> {
    const device = this.device;
    if (!device) throw new Error('device not open');
    for (const report of this.options.framing.encode(frame)) await device.write(report);
  }

  private async end(reason: string): Promise<void> {
    const device = this.device;
    if (!device) return;
    this.device = null;
    this.exchanger.fail(reason);
    this.closeListeners.emit(reason);
    await device.close().catch(() => undefined);
  }
}
