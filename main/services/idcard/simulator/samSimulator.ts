import { Command } from '../commands';
import { encodeResponse } from '../frameCodec';
import { FrameStreamParser } from '../frameStreamParser';
import { Listeners } from '../listeners';
import { SAM_ID_LENGTH } from '../responseParser';
import { SW3 } from '../statusCodes';
import { buildAppendedAddress, buildCardText, buildReadReplyData } from './cardTextBuilder';
import type { SimCard } from './sampleCards';
import type { SimFault } from './simFaults';

export interface SimLatency {
  find: number;
  select: number;
  read: number;
  other: number;
}

export interface SamSimulatorOptions {
  /** Reply delays in ms; defaults are 0 so tests run fast. */
  latencyMs?: Partial<SimLatency>;
  /** Real readers often answer 80 to find after a completed read until the card is re-presented. */
  findBlockedAfterRead?: boolean;
  /** The 16-byte SAM ID; defaults to 05.01-20100527-0000012345-0123456789. */
  samId?: Buffer;
}

const DEFAULT_SAM_ID = Buffer.from('05000100afb532013930000015cd5b07', 'hex');

interface ActiveFault {
  fault: SimFault;
  left: number;
}

/**
 * A SAM reader speaking the business-terminal protocol byte for byte: commands in as raw bytes
 * (any chunking), replies out as raw frames, one at a time in command order.
 */
export class SamSimulator {
  private readonly parser = new FrameStreamParser({ kind: 'command' });
  private readonly replies = new Listeners<Buffer>();
  private readonly latency: SimLatency;
  private readonly findBlockedAfterRead: boolean;
  private readonly samId: Buffer;
  private readonly timers = new Set<NodeJS.Timeout>();
  private faults: ActiveFault[] = [];
  private card: SimCard | null = null;
  /** Plain photos of the cards laid so far, by their WLT bytes (hex): a read is compared after the card left. */
  private readonly plainPhotos = new Map<string, Buffer>();
  private found = false;
  private selected = false;
  private readDone = false;
  private queueTail = Promise.resolve();
  private commandsSeen = 0;

  constructor(options: SamSimulatorOptions = {}) {
    this.latency = { find: 0, select: 0, read: 0, other: 0, ...options.latencyMs };
    this.findBlockedAfterRead = options.findBlockedAfterRead ?? false;
    this.samId = options.samId ?? DEFAULT_SAM_ID;
    if (this.samId.length !== SAM_ID_LENGTH) throw new RangeError('SAM ID must be 16 bytes');
  }

  onReply(listener: (bytes: Buffer) => void): () => void {
    return this.replies.add(listener);
  }

  get cardPresent(): boolean {
    return this.card !== null;
  }

  /** Commands received so far, for tests that check the host's pacing. */
  get commandCount(): number {
    return this.commandsSeen;
  }

  insert(card: SimCard): void {
    this.card = card;
    if (card.plainPhoto) this.plainPhotos.set(card.photo.toString('hex'), card.plainPhoto);
    this.found = this.selected = this.readDone = false;
  }

  /**
   * The simulated reader's stand-in for the vendor's licensed photo decoder: the plain photo of a
   * card it presented, found by the WLT bytes it returned; null for bytes it never sent.
   */
  plainPhotoOf(wlt: Uint8Array): Buffer | null {
    return this.plainPhotos.get(Buffer.from(wlt).toString('hex')) ?? null;
  }

  remove(): void {
    this.card = null;
    this.found = this.selected = this.readDone = false;
  }

  injectFault(fault: SimFault): void {
    const left = 'times' in fault && fault.times !== undefined ? fault.times : 1;
    this.faults.push({ fault, left });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** Bytes from the host. */
  receive(chunk: Uint8Array): void {
    for (const event of this.parser.push(chunk)) {
      if (event.type === 'frame') {
        this.commandsSeen++;
        this.schedule(event.payload);
      } else {
        const sw3 = event.error.code === 'idcard.frame-checksum' ? SW3.commandChecksum : SW3.commandLength;
        this.enqueue(this.latency.other, () => encodeResponse(0, 0, sw3));
      }
    }
  }

  dispose(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.replies.clear();
  }

  private schedule(payload: Buffer): void {
    const [cmd, para] = [payload[0] as number, payload[1] as number];
    const latency = cmd === 0x20 ? (para === 0x01 ? this.latency.find : this.latency.select) : cmd === 0x30 ? this.latency.read : this.latency.other;
    // The reply is computed when its turn comes, so card insert/remove during a delay counts.
    this.enqueue(latency, () => this.reply(cmd, para, payload.subarray(2)));
  }

  private enqueue(latencyMs: number, produce: () => Buffer | null): void {
    this.queueTail = this.queueTail.then(
      () =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            this.timers.delete(timer);
            const bytes = produce();
            if (bytes) this.replies.emit(bytes);
            resolve();
          }, latencyMs + this.slowDelay());
          this.timers.add(timer);
        }),
    );
  }

  private slowDelay(): number {
    const slow = this.faults.find((f) => f.fault.kind === 'slow-replies')?.fault;
    return slow?.kind === 'slow-replies' ? slow.delayMs : 0;
  }

  /** Consumes one use of the first active fault of `kind`, returning it. */
  private take<K extends SimFault['kind']>(kind: K): Extract<SimFault, { kind: K }> | null {
    const active = this.faults.find((f) => f.fault.kind === kind);
    if (!active) return null;
    active.left--;
    if (active.left <= 0) this.faults = this.faults.filter((f) => f !== active);
    return active.fault as Extract<SimFault, { kind: K }>;
  }

  private has(kind: SimFault['kind']): boolean {
    return this.faults.some((f) => f.fault.kind === kind);
  }

  private reply(cmd: number, para: number, data: Buffer): Buffer {
    const status = (sw3: number, body?: Buffer): Buffer => encodeResponse(0, 0, sw3, body);
    if (this.has('sam-fault')) return status(SW3.samSelfTestFailed);
    const is = (name: keyof typeof Command): boolean => Command[name][0] === cmd && Command[name][1] === para;

    if (is('resetSam') || is('samStatus')) return status(SW3.ok);
    if (is('samId')) return status(SW3.ok, this.samId);
    if (cmd === 0x60) return para <= 4 ? status(SW3.ok) : status(SW3.commandInvalid);
    if (cmd === 0x61 && para === 0xff && data.length === 1) return status(SW3.ok);
    if (is('findCard')) {
      if (!this.card || (this.findBlockedAfterRead && this.readDone) || this.take('find-fails-once')) return status(SW3.noCard);
      this.found = true;
      return status(SW3.findOk, Buffer.alloc(4));
    }
    if (is('selectCard')) {
      if (!this.card || !this.found) return status(SW3.selectFailed);
      this.selected = true;
      return status(SW3.ok, Buffer.alloc(8));
    }
    if (is('readTextAndPhoto') || is('readWithFingerprint')) return this.readReply(is('readWithFingerprint'));
    if (is('readAppendedAddress')) {
      if (!this.card || !this.selected) return status(SW3.readFailed);
      const entries = this.card.appendedAddresses;
      return entries.length === 0 ? status(SW3.noContent) : status(SW3.ok, Buffer.concat(entries.map(buildAppendedAddress)));
    }
    if (is('readManagementNumber')) return this.card ? status(SW3.ok, Buffer.alloc(28)) : status(SW3.readFailed);
    return status(SW3.commandInvalid);
  }

  private readReply(withFingerprint: boolean): Buffer {
    if (!this.card || !this.selected) return encodeResponse(0, 0, SW3.readFailed);
    const readFailure = this.take('read-failure');
    if (readFailure) return encodeResponse(readFailure.sw1 ?? 0, readFailure.sw2 ?? 0, SW3.readFailed);
    const auth = this.take('auth-failure');
    if (auth) return encodeResponse(0, 0, auth.sw3);
    let data = buildReadReplyData(buildCardText(this.card.spec), this.card.photo);
    if (withFingerprint) {
      // Same layout with a third length (0: this card carries no fingerprint).
      data = Buffer.concat([data.subarray(0, 4), Buffer.alloc(2), data.subarray(4)]);
    }
    const frame = encodeResponse(0, 0, SW3.ok, data);
    this.readDone = true;
    if (this.take('corrupt-checksum')) frame[frame.length - 1] = (frame[frame.length - 1] as number) ^ 0xff;
    if (this.take('truncated-frame')) return frame.subarray(0, frame.length >> 1);
    return frame;
  }
}
