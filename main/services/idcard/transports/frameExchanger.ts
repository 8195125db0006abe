import { FrameStreamParser } from '../frameStreamParser';
import type { Logger } from '../../log/logger';
import { ReaderError } from '../readerErrors';
import { toResponse } from '../responseParser';
import type { ResponseFrame } from '../responseParser';
import { sleep } from '../sleep';

interface Pending {
  resolve: (frame: ResponseFrame) => void;
  reject: (error: ReaderError) => void;
}

export interface FrameExchangerOptions {
  write: (bytes: Buffer) => Promise<void>;
  logger: Logger;
  /**
   * After a failed exchange, the next command waits for this much line silence (after a timeout:
   * twice the timeout, capped at 2 s), so a late reply is not taken for the next command's.
   */
  quietMs?: number;
}

/**
 * Request/response over any byte stream (serial, TCP, HID payloads, the in-process simulator):
 * one command in flight, replies found by the streaming parser, a timeout per command.
 */
export class FrameExchanger {
  private readonly parser = new FrameStreamParser({ kind: 'response' });
  private readonly write: (bytes: Buffer) => Promise<void>;
  private readonly logger: Logger;
  private readonly quietMs: number;
  private queue: Promise<unknown> = Promise.resolve();
  private pending: Pending | null = null;
  private closed: ReaderError | null = null;
  private settleMs = 0;
  private lastRx = 0;

  constructor(options: FrameExchangerOptions) {
    this.write = options.write;
    this.logger = options.logger;
    this.quietMs = options.quietMs ?? 50;
  }

  /** Bytes received from the link. */
  feed(chunk: Uint8Array): void {
    this.lastRx = Date.now();
    for (const event of this.parser.push(chunk)) {
      const pending = this.pending;
      if (event.type === 'frame') {
        if (pending) {
          this.pending = null;
          pending.resolve(toResponse(event.payload));
        } else {
          this.logger.debug('idcard: dropped a reply nobody waited for', { bytes: event.payload.length });
        }
      } else if (pending) {
        this.pending = null;
        pending.reject(event.error);
      } else {
        this.logger.debug('idcard: frame error between exchanges', { code: event.error.code });
      }
    }
  }

  /** The link is gone: the command in flight and every later one fail with `idcard.disconnected`. */
  fail(reason: string): void {
    this.closed = new ReaderError('idcard.disconnected', reason);
    const pending = this.pending;
    this.pending = null;
    pending?.reject(this.closed);
  }

  exchange(command: Buffer, timeoutMs: number): Promise<ResponseFrame> {
    const run = this.queue.then(() => this.runOne(command, timeoutMs));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async runOne(command: Buffer, timeoutMs: number): Promise<ResponseFrame> {
    if (this.closed) throw this.closed;
    if (this.settleMs > 0) await this.waitForQuiet();
    this.parser.reset();
    const label = command.subarray(7, 9).toString('hex');
    let timer: NodeJS.Timeout | undefined;
    const reply = new Promise<ResponseFrame>((resolve, reject) => {
      this.pending = { resolve, reject };
      timer = setTimeout(() => {
        this.pending = null;
        reject(new ReaderError('idcard.timeout', `no reply to command ${label} within ${timeoutMs} ms`));
      }, timeoutMs);
    });
    // The link may fail while the write is still pending; the rejection is read below.
    reply.catch(() => undefined);
    const written = this.write(command).catch((e: unknown) => {
      throw new ReaderError('idcard.disconnected', `write failed: ${e instanceof Error ? e.message : String(e)}`);
    });
    written.catch(() => undefined);
    try {
      // A write that never completes (a hung-up pty can stall its drain) must not outlast the
      // command's timeout: whichever settles first, a failed write or the reply, decides.
      await Promise.race([written, reply]);
      const frame = await reply;
      this.settleMs = 0;
      return frame;
    } catch (error) {
      this.pending = null;
      const timedOut = error instanceof ReaderError && error.code === 'idcard.timeout';
      this.settleMs = timedOut ? Math.max(this.quietMs, Math.min(2 * timeoutMs, 2000)) : this.quietMs;
      this.lastRx = Math.max(this.lastRx, Date.now());
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private async waitForQuiet(): Promise<void> {
    // Bounded: a line that never falls silent still gets a command after a few windows.
    const deadline = Date.now() + 4 * this.settleMs;
    for (;;) {
      const quietFor = Date.now() - this.lastRx;
      if (quietFor >= this.settleMs || Date.now() >= deadline || this.closed) return;
      await sleep(this.settleMs - quietFor);
    }
  }
}
