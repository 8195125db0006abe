import { KioskError } from '../../../common/errors';
import type { StatusErrorCode } from './statusCodes';

/** Problems with bytes on the wire, independent of what the reader meant. */
export type FrameErrorCode =
  | 'idcard.frame-preamble'
  | 'idcard.frame-length'
  | 'idcard.frame-too-long'
  | 'idcard.frame-checksum'
  | 'idcard.frame-truncated'
  | 'idcard.frame-trailing-bytes';

/** Problems around the exchange: the link, the reply's shape, the decoded data. */
export type LinkErrorCode =
  | 'idcard.timeout'
  | 'idcard.disconnected'
  | 'idcard.open-failed'
  | 'idcard.no-reader'
  | 'idcard.unexpected-reply'
  | 'idcard.reply-layout'
  | 'idcard.photo-decoder-failed';

export type ReaderErrorCode = FrameErrorCode | LinkErrorCode | StatusErrorCode;

export interface StatusWords {
  sw1: number;
  sw2: number;
  sw3: number;
}

/** A KioskError whose code is one of the reader's; carries the status words when the reader sent some. */
export class ReaderError extends KioskError {
  declare readonly code: ReaderErrorCode;
  readonly status?: StatusWords;

  constructor(code: ReaderErrorCode, message: string, status?: StatusWords) {
    super(code, message);
    this.name = 'ReaderError';
    if (status !== undefined) this.status = status;
  }
}

export function isReaderError(value: unknown): value is ReaderError {
  return value instanceof ReaderError;
}

/** Errors after which the link itself cannot be trusted and must be reopened. */
export function isLinkFatal(error: unknown): boolean {
  return isReaderError(error) && (error.code === 'idcard.disconnected' || error.code === 'idcard.open-failed');
}
