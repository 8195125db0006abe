import type { ResponseFrame } from '../responseParser';

export type TransportKind = 'serial' | 'usb-sam' | 'hid' | 'tcp' | 'simulator';

/**
 * One open link to a reader. `exchange` sends one command frame and resolves with the decoded reply;
 * concurrent calls are queued, never interleaved, because the SAM protocol has no request ids.
 * Failures are ReaderErrors: `idcard.timeout`, `idcard.disconnected`, or a frame error.
 */
export interface ReaderTransport {
  /** Stable, log-safe name such as "serial:/dev/ttyUSB0" or "usb-sam:1-4". */
  readonly id: string;
  readonly kind: TransportKind;
  open(): Promise<void>;
  exchange(command: Buffer, timeoutMs: number): Promise<ResponseFrame>;
  close(): Promise<void>;
  /** Called once when the link goes away (unplug, socket closed, close()). */
  onClose(listener: (reason: string) => void): () => void;
}

/** Finds and opens a reader; resolves null when none is there right now. */
export type ReaderConnector = () => Promise<ReaderTransport | null>;
