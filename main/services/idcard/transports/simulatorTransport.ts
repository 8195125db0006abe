import { Listeners } from '../listeners';
import type { Logger } from '../../log/logger';
import type { ResponseFrame } from '../responseParser';
import type { SamSimulator } from '../simulator/samSimulator';
import { FrameExchanger } from './frameExchanger';
import type { ReaderTransport } from './readerTransport';

/**
 * The in-process simulator as a transport. Bytes still go through the real codec in both
 * directions; only the wire is missing. `unplug()` behaves like pulling the cable.
 */
export class SimulatorTransport implements ReaderTransport {
  readonly kind = 'simulator' as const;
  readonly id: string;
  private readonly closeListeners = new Listeners<string>();
  private readonly exchanger: FrameExchanger;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly simulator: SamSimulator,
    logger: Logger,
    name = 'in-process',
  ) {
    this.id = `simulator:${name}`;
    this.exchanger = new FrameExchanger({
      logger,
      write: async (bytes) => {
        // Deliver asynchronously, as a real link would.
        setImmediate(() => this.simulator.receive(bytes));
      },
    });
  }

  async open(): Promise<void> {
    this.unsubscribe = this.simulator.onReply((bytes) => this.exchanger.feed(bytes));
  }

  exchange(command: Buffer, timeoutMs: number): Promise<ResponseFrame> {
    return this.exchanger.exchange(command, timeoutMs);
  }

  async close(): Promise<void> {
    this.end('closed');
  }

  unplug(): void {
    this.end('simulated unplug');
  }

  onClose(listener: (reason: string) => void): () => void {
    return this.closeListeners.add(listener);
  }

  private end(reason: string): void {
    if (!this.unsubscribe) return;
    this.unsubscribe();
    this.unsubscribe = null;
    this.exchanger.fail(reason);
    this.closeListeners.emit(reason);
  }
}
