import { commandFrame } from './commands';
import type { CommandName } from './commands';
import { expectStatus, parseAppendedAddressReply, parseFindReply, parseReadReply, parseSamIdReply } from './responseParser';
import type { ReadReply, ResponseFrame } from './responseParser';
import { SW3 } from './statusCodes';
import type { ReaderTransport } from './transports/readerTransport';

/** Per-command reply budgets in ms. Reads carry ~1.3 KB and RF work inside the module. */
export interface CommandTimeouts {
  status: number;
  find: number;
  select: number;
  read: number;
  appendedAddress: number;
}

export const DEFAULT_TIMEOUTS: CommandTimeouts = {
  status: 1000,
  find: 1000,
  select: 1000,
  read: 3000,
  appendedAddress: 2000,
};

/** The SAM commands the kiosk uses, each with its reply checked and typed. */
export class ReaderClient {
  private readonly timeouts: CommandTimeouts;

  constructor(
    private readonly transport: ReaderTransport,
    timeouts: Partial<CommandTimeouts> = {},
  ) {
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...timeouts };
  }

  async samStatus(): Promise<void> {
    expectStatus(await this.send('samStatus', this.timeouts.status), [SW3.ok], 0);
  }

  async samId(): Promise<string> {
    return parseSamIdReply(await this.send('samId', this.timeouts.status));
  }

  /** True when a card answered; false on 80 (no card in the field). */
  async findCard(): Promise<boolean> {
    return parseFindReply(await this.send('findCard', this.timeouts.find));
  }

  async selectCard(): Promise<void> {
    expectStatus(await this.send('selectCard', this.timeouts.select), [SW3.ok], 8);
  }

  async readCard(): Promise<ReadReply> {
    return parseReadReply(await this.send('readTextAndPhoto', this.timeouts.read), false);
  }

  async readAppendedAddresses(): Promise<Buffer[]> {
    return parseAppendedAddressReply(await this.send('readAppendedAddress', this.timeouts.appendedAddress));
  }

  private send(name: CommandName, timeoutMs: number): Promise<ResponseFrame> {
    return this.transport.exchange(commandFrame(name), timeoutMs);
  }
}
