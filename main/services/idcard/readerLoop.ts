import { randomUUID } from 'node:crypto';
import type { Logger } from '../log/logger';
import { parseCardText } from './cardLayouts/parseCardText';
import type { CardReadEvent } from './cardTypes';
import { Listeners } from './listeners';
import { ReaderClient } from './readerClient';
import type { CommandTimeouts } from './readerClient';
import { ReaderError, isLinkFatal, isReaderError } from './readerErrors';
import type { ReaderStatus } from './readerStatus';
import { sleep } from './sleep';
import type { ReaderConnector, ReaderTransport } from './transports/readerTransport';

export interface ReaderLoopOptions {
  /** Finds and opens a reader; called again after every loss (hot-plug). */
  connect: ReaderConnector;
  logger: Logger;
  /** Pause between find commands. */
  pollIntervalMs?: number;
  /** Pause before looking for a reader again after none was found or one failed. */
  reconnectIntervalMs?: number;
  timeouts?: Partial<CommandTimeouts>;
  /** Tries per presented card before reporting an error and waiting for the card to leave. */
  maxReadAttempts?: number;
  /** Consecutive empty finds that mean the card has left; 2 rides out a single flaky find. */
  removalMisses?: number;
  /** Also read 追加住址 (`30 03`) for resident cards. */
  readAppendedAddress?: boolean;
  now?: () => Date;
}

export interface ReaderLoop {
  start(): void;
  /** Stops polling, lets the command in flight end, closes the reader and wipes the kept photo. */
  stop(): Promise<void>;
  status(): ReaderStatus;
  onStatus(listener: (status: ReaderStatus) => void): () => void;
  /** Once per presented card. */
  onCard(listener: (event: CardReadEvent) => void): () => void;
  /** The card reported by `onCard` has left the reader. */
  onCardRemoved(listener: () => void): () => void;
  /** The WLT photo of the latest read, by its `readId`; a copy, or null once replaced or cleared. */
  getPhoto(readId: string): Buffer | null;
  /** Wipes the kept photo (end of a citizen's session). */
  clearPhoto(): void;
}

/** `reported`: read and announced; `failed`: gave up on it. Both wait for the card to leave. */
type Presence = 'absent' | 'reported' | 'failed';

export function createReaderLoop(options: ReaderLoopOptions): ReaderLoop {
  const logger = options.logger.child({ service: 'idcard' });
  const pollMs = options.pollIntervalMs ?? 250;
  const reconnectMs = options.reconnectIntervalMs ?? 1000;
  const maxAttempts = Math.max(1, options.maxReadAttempts ?? 3);
  const removalMisses = Math.max(1, options.removalMisses ?? 2);
  const readAppended = options.readAppendedAddress ?? true;
  const now = options.now ?? (() => new Date());
  const onListenerError = (error: unknown): void => logger.error('idcard: listener threw', { error });

  const statusListeners = new Listeners<ReaderStatus>(onListenerError);
  const cardListeners = new Listeners<CardReadEvent>(onListenerError);
  const removedListeners = new Listeners<void>(onListenerError);

  // Null until the first status, so that first one is always emitted.
  let current: ReaderStatus | null = null;
  let running = false;
  let stopper = new AbortController();
  let loopDone: Promise<void> = Promise.resolve();
  let transport: ReaderTransport | null = null;
  let client: ReaderClient | null = null;
  let samId: string | undefined;
  let presence: Presence = 'absent';
  let misses = 0;
  let photo: { readId: string; bytes: Buffer } | null = null;

  function setStatus(next: Omit<ReaderStatus, 'reader' | 'samId'>): void {
    const status: ReaderStatus = { ...next, reader: transport?.id ?? null };
    if (samId !== undefined && transport) status.samId = samId;
    const same =
      current !== null &&
      status.state === current.state &&
      status.reader === current.reader &&
      status.reason === current.reason &&
      status.attempt === current.attempt &&
      status.samId === current.samId;
    if (same) return;
    current = status;
    statusListeners.emit({ ...status });
  }

  function asReaderError(error: unknown): ReaderError {
    if (isReaderError(error)) return error;
    logger.error('idcard: unexpected failure', { error });
    return new ReaderError('idcard.reply-layout', error instanceof Error ? error.message : String(error));
  }

  async function dropTransport(): Promise<void> {
    const t = transport;
    transport = null;
    client = null;
    samId = undefined;
    presence = 'absent';
    misses = 0;
    await t?.close().catch(() => undefined);
  }

  async function attach(): Promise<void> {
    let t: ReaderTransport | null = null;
    try {
      t = await options.connect();
    } catch (error) {
      logger.warn('idcard: reader discovery failed', { error });
    }
    if (!running) {
      await t?.close().catch(() => undefined);
      return;
    }
    if (!t) {
      setStatus({ state: 'no-reader' });
      return;
    }
    const c = new ReaderClient(t, options.timeouts);
    try {
      await c.samStatus();
      samId = await c.samId().catch(() => undefined);
    } catch (error) {
      const e = asReaderError(error);
      logger.warn('idcard: SAM check failed', { reader: t.id, reason: e.code });
      await t.close().catch(() => undefined);
      setStatus({ state: 'error', reason: e.code, message: e.message });
      return;
    }
    transport = t;
    client = c;
    presence = 'absent';
    misses = 0;
    logger.info('idcard: reader ready', { reader: t.id });
    setStatus({ state: 'ready' });
  }

  async function poll(c: ReaderClient): Promise<void> {
    const found = await c.findCard();
    if (presence !== 'absent') {
      if (found) {
        misses = 0;
        return;
      }
      if (++misses < removalMisses) return;
      if (presence === 'reported') removedListeners.emit();
      presence = 'absent';
      misses = 0;
      setStatus({ state: 'ready' });
      return;
    }
    if (found) await readPresentedCard(c);
  }

  async function readPresentedCard(c: ReaderClient): Promise<void> {
    let lastError: ReaderError | undefined;
    for (let attempt = 1; attempt <= maxAttempts && running; attempt++) {
      setStatus({ state: 'reading', attempt, ...(lastError ? { reason: lastError.code } : {}) });
      try {
        // Every read needs find → select → read; a retry starts the sequence again.
        if (attempt > 1 && !(await c.findCard())) {
          setStatus({ state: 'ready' });
          return;
        }
        await c.selectCard();
        const reply = await c.readCard();
        const addresses = readAppended
          ? await c.readAppendedAddresses().catch((error: unknown) => {
              logger.warn('idcard: appended address unreadable', { reason: asReaderError(error).code });
              return [];
            })
          : [];
        const card = parseCardText(reply.text, addresses);
        presence = 'reported';
        misses = 0;
        const readId = randomUUID();
        photo?.bytes.fill(0);
        photo = { readId, bytes: reply.photo };
        logger.info('idcard: card read', { kind: card.kind, attempt, warnings: card.warnings });
        setStatus({ state: 'card-read' });
        cardListeners.emit({ readId, readAt: now().toISOString(), reader: transport?.id ?? 'unknown', card, photoBytes: reply.photo.length });
        return;
      } catch (error) {
        if (isLinkFatal(error)) throw error;
        lastError = asReaderError(error);
        logger.warn('idcard: read attempt failed', { attempt, reason: lastError.code });
      }
    }
    if (!running || !lastError) return;
    // Give up on this presentation; a new one (after removal) gets fresh attempts.
    presence = 'failed';
    misses = 0;
    setStatus({ state: 'error', reason: lastError.code, message: lastError.message });
  }

  async function run(): Promise<void> {
    while (running) {
      if (!client) {
        await attach();
        if (!client) {
          await sleep(reconnectMs, stopper.signal);
          continue;
        }
      }
      try {
        await poll(client);
      } catch (error) {
        if (!running) break;
        const e = asReaderError(error);
        logger.warn('idcard: reader lost', { reader: transport?.id, reason: e.code });
        const lostReader = e.code === 'idcard.disconnected';
        await dropTransport();
        setStatus(lostReader ? { state: 'no-reader', reason: e.code, message: e.message } : { state: 'error', reason: e.code, message: e.message });
        await sleep(reconnectMs, stopper.signal);
        continue;
      }
      await sleep(pollMs, stopper.signal);
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      stopper = new AbortController();
      loopDone = run().catch((error: unknown) => logger.error('idcard: reader loop crashed', { error }));
    },
    async stop() {
      if (!running) return;
      running = false;
      stopper.abort();
      // Closing first makes a command in flight fail now instead of at its timeout.
      const t = transport;
      await t?.close().catch(() => undefined);
      await loopDone;
      await dropTransport();
      photo?.bytes.fill(0);
      photo = null;
    },
    status: () => ({ ...(current ?? { state: 'no-reader', reader: null }) }),
    onStatus: (listener) => statusListeners.add(listener),
    onCard: (listener) => cardListeners.add(listener),
    onCardRemoved: (listener) => removedListeners.add(() => listener()),
    getPhoto(readId) {
      return photo && photo.readId === readId ? Buffer.from(photo.bytes) : null;
    },
    clearPhoto() {
      photo?.bytes.fill(0);
      photo = null;
    },
  };
}
