import { SerialPort } from 'serialport';
import type { Logger } from '../../log/logger';
import { sleep } from '../sleep';
import { closeSerialPort } from '../transports/serialTransport';
import type { SamSimulator } from './samSimulator';

/**
 * Serves a simulator on one end of a serial line (a socat pty, or a null-modem cable). When the
 * line goes away it keeps trying to reopen the path, so killing and restarting socat acts as
 * unplug / replug.
 */
export class PtySimulatorHost {
  private port: SerialPort | null = null;
  private running = false;
  private readonly stopper = new AbortController();
  private done: Promise<void> = Promise.resolve();
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly simulator: SamSimulator,
    private readonly path: string,
    private readonly logger: Logger,
    private readonly retryMs = 50,
  ) {}

  /** Resolves once the port is open the first time. */
  start(): Promise<void> {
    this.running = true;
    let opened!: () => void;
    const firstOpen = new Promise<void>((resolve) => (opened = resolve));
    this.done = this.serve(opened);
    return firstOpen;
  }

  get connected(): boolean {
    return this.port !== null;
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopper.abort();
    const port = this.port;
    if (port) await closeSerialPort(port);
    await this.done;
  }

  private async serve(opened: () => void): Promise<void> {
    while (this.running) {
      const port = await this.tryOpen();
      if (!port) {
        await sleep(this.retryMs, this.stopper.signal);
        continue;
      }
      if (!this.running) {
        await closeSerialPort(port);
        break;
      }
      this.port = port;
      this.logger.info('simulator: serving', { path: this.path });
      opened();
      await new Promise<void>((resolve) => {
        this.unsubscribe = this.simulator.onReply((bytes) => port.write(bytes));
        port.on('data', (chunk: Buffer) => this.simulator.receive(chunk));
        port.on('close', () => resolve());
        // A close that never reports (far end gone) must still end this round on stop.
        this.stopper.signal.addEventListener('abort', () => resolve(), { once: true });
        port.on('error', () => undefined);
      });
      this.unsubscribe?.();
      this.port = null;
      this.logger.info('simulator: line closed', { path: this.path });
    }
  }

  private tryOpen(): Promise<SerialPort | null> {
    const port = new SerialPort({ path: this.path, baudRate: 115200, autoOpen: false });
    return new Promise((resolve) => port.open((error) => resolve(error ? null : port)));
  }
}
