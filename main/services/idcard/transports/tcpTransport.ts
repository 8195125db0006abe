import { connect } from 'node:net';
import type { Socket } from 'node:net';
import type { Logger } from '../../log/logger';
import { Listeners } from '../listeners';
import { ReaderError } from '../readerErrors';
import type { ResponseFrame } from '../responseParser';
import { FrameExchanger } from './frameExchanger';
import type { ReaderTransport } from './readerTransport';

export interface TcpTransportOptions {
  host: string;
  port: number;
  logger: Logger;
  connectTimeoutMs?: number;
}

/** A network reader (or serial server) that carries SAM frames over TCP unchanged. */
export class TcpTransport implements ReaderTransport {
  readonly kind = 'tcp' as const;
  readonly id: string;
  private readonly closeListeners = new Listeners<string>();
  private readonly exchanger: FrameExchanger;
  private socket: Socket | null = null;

  constructor(private readonly options: TcpTransportOptions) {
    this.id = `tcp:${options.host}:${options.port}`;
    this.exchanger = new FrameExchanger({ logger: options.logger, write: (bytes) => this.write(bytes) });
  }

  open(): Promise<void> {
    const timeoutMs = this.options.connectTimeoutMs ?? 2000;
    return new Promise((resolve, reject) => {
      const socket = connect({ host: this.options.host, port: this.options.port });
      socket.setNoDelay(true);
      socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`connect timed out after ${timeoutMs} ms`)));
      const failOpen = (e: Error): void => reject(new ReaderError('idcard.open-failed', `cannot connect to ${this.id}: ${e.message}`));
      socket.once('error', failOpen);
      socket.once('connect', () => {
        socket.setTimeout(0);
        socket.off('error', failOpen);
        this.socket = socket;
        socket.on('data', (chunk: Buffer) => this.exchanger.feed(chunk));
        socket.on('error', (e) => this.options.logger.warn('idcard: tcp reader error', { reader: this.id, error: e.message }));
        socket.on('close', () => this.end('connection closed'));
        resolve();
      });
    });
  }

  exchange(command: Buffer, timeoutMs: number): Promise<ResponseFrame> {
    return this.exchanger.exchange(command, timeoutMs);
  }

  async close(): Promise<void> {
    const socket = this.socket;
    this.end('closed');
    socket?.destroy();
  }

  onClose(listener: (reason: string) => void): () => void {
    return this.closeListeners.add(listener);
  }

  private write(bytes: Buffer): Promise<void> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new Error('not connected'));
    return new Promise((resolve, reject) => socket.write(bytes, (e) => (e ? reject(e) : resolve())));
  }

  private end(reason: string): void {
    if (!this.socket) return;
    this.socket = null;
    this.exchanger.fail(reason);
    this.closeListeners.emit(reason);
  }
}
