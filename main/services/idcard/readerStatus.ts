import type { ReaderErrorCode } from './readerErrors';

/**
 * - `no-reader`: nothing found or the reader went away (`reason` says why when known).
 * - `ready`: SAM answered; waiting for a card.
 * - `reading`: a card is in the field and being read; `attempt` counts retries.
 * - `card-read`: the card was read and reported; stays until it is removed.
 * - `error`: the reader or the card failed; `reason` is the error code.
 */
export type ReaderState = 'no-reader' | 'ready' | 'reading' | 'card-read' | 'error';

export interface ReaderStatus {
  state: ReaderState;
  /** Transport id of the current reader, e.g. "serial:/dev/ttyUSB0"; null without one. */
  reader: string | null;
  reason?: ReaderErrorCode;
  /** Developer text for logs and the IT tool; not for citizens. */
  message?: string;
  /** 1-based read attempt while `reading`. */
  attempt?: number;
  /** SAM ID string once the SAM has answered. */
  samId?: string;
}
