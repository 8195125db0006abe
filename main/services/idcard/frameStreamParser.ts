import { HEADER_LENGTH, MAX_FRAME_LENGTH, PREAMBLE, minBodyLength, xorBytes } from './frameCodec';
import type { FrameKind } from './frameCodec';
import { ReaderError } from './readerErrors';

export type StreamEvent = { type: 'frame'; /** payload without CHK */ payload: Buffer } | { type: 'error'; error: ReaderError };

export interface FrameStreamParserOptions {
  kind: FrameKind;
  /** Largest frame accepted, preamble and CHK included; the parser never buffers more than this. */
  maxFrameLength?: number;
}

/**
 * Turns an arbitrary byte stream into frames. Resynchronises on the preamble; a frame with an
 * impossible length or a bad checksum is reported and scanning resumes one byte after its
 * preamble, so a real frame hidden in the rejected bytes is still found. Memory is one fixed buffer
 * of `maxFrameLength` bytes.
 */
export class FrameStreamParser {
  private readonly kind: FrameKind;
  private readonly cap: number;
  private readonly buf: Buffer;
  private len = 0;
  private skipped = 0;

  constructor(options: FrameStreamParserOptions) {
    this.kind = options.kind;
    this.cap = Math.max(HEADER_LENGTH + minBodyLength(options.kind), Math.min(options.maxFrameLength ?? MAX_FRAME_LENGTH, 0xffff + HEADER_LENGTH));
    this.buf = Buffer.alloc(this.cap);
  }

  /** Bytes held while waiting for the rest of a frame; never above the cap. */
  get buffered(): number {
    return this.len;
  }

  /** Noise bytes dropped while hunting for a preamble, since creation or the last reset. */
  get skippedBytes(): number {
    return this.skipped;
  }

  reset(): void {
    this.len = 0;
    this.skipped = 0;
  }

  push(chunk: Uint8Array): StreamEvent[] {
    const events: StreamEvent[] = [];
    let at = 0;
    while (at < chunk.length) {
      const n = Math.min(this.cap - this.len, chunk.length - at);
      this.buf.set(chunk.subarray(at, at + n), this.len);
      this.len += n;
      at += n;
      this.drain(events);
    }
    return events;
  }

  private drain(events: StreamEvent[]): void {
    for (;;) {
      if (!this.alignToPreamble()) return;
      if (this.len < HEADER_LENGTH) return;
      const length = this.buf.readUInt16BE(5);
      const min = minBodyLength(this.kind);
      if (length < min) {
        events.push({ type: 'error', error: new ReaderError('idcard.frame-length', `length field ${length} is below the minimum of ${min}`) });
        this.drop(1);
        continue;
      }
      const total = HEADER_LENGTH + length;
      if (total > this.cap) {
        events.push({ type: 'error', error: new ReaderError('idcard.frame-too-long', `length field ${length} exceeds the ${this.cap}-byte cap`) });
        this.drop(1);
        continue;
      }
      if (this.len < total) return;
      if (xorBytes(this.buf, 5, total) !== 0) {
        events.push({ type: 'error', error: new ReaderError('idcard.frame-checksum', `checksum mismatch in a ${total}-byte frame`) });
        this.drop(1);
        continue;
      }
      events.push({ type: 'frame', payload: Buffer.from(this.buf.subarray(HEADER_LENGTH, total - 1)) });
      this.drop(total);
    }
  }

  /** Moves the first preamble to offset 0; returns false when none is complete yet. */
  private alignToPreamble(): boolean {
    const found = this.buf.subarray(0, this.len).indexOf(PREAMBLE);
    if (found === 0) return true;
    if (found > 0) {
      this.skipped += found;
      this.drop(found);
      return true;
    }
    // Keep the longest tail that could still grow into a preamble.
    let keep = Math.min(PREAMBLE.length - 1, this.len);
    while (keep > 0 && !this.buf.subarray(this.len - keep, this.len).equals(PREAMBLE.subarray(0, keep))) keep--;
    this.skipped += this.len - keep;
    this.drop(this.len - keep);
    return false;
  }

  private drop(count: number): void {
    this.buf.copyWithin(0, count, this.len);
    this.len -= count;
  }
}
