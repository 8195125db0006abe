import { isKioskError } from '../../../common/errors';
import type { Logger } from '../log/logger';
import type { OutboxItem, OutboxRepository } from '../store/outboxRepository';
import { retryDelay, type BackoffPolicy } from './backoff';
import type { CircuitBreaker } from './circuitBreaker';
import { toFailure } from './failure';
import type { OutboxSender, SendFailure } from './outboxSender';
import { prepareUploads, sendAttachment } from './resumableUpload';
import type { SyncEvents } from './syncEvents';

export interface OutboxSchedulerOptions {
  repository: OutboxRepository;
  sender: OutboxSender;
  events: SyncEvents;
  breaker: CircuitBreaker;
  backoff: BackoffPolicy;
  logger: Logger;
  now: () => number;
  random?: () => number;
  /** Bytes per upload PATCH. */
  chunkSize?: number;
  /** Longest sleep between looks at the queue, as a safety net behind `kick()`. */
  maxIdleMs?: number;
}

export interface DrainResult {
  sent: number;
  retried: number;
  dead: number;
}

/**
 * The only sender of outbox items. Each pass takes due items oldest first; for each, the missing
 * uploads are created and their URLs saved in one commit, the attachments are uploaded
 * (resumably), then the record is sent with the item id as Idempotency-Key, and the
 * acknowledgement deletes the item: two commits per item. Nothing marks an item "in flight": if the process dies
 * mid-send the item is simply due again, and the server's idempotency makes the retry harmless.
 */
export class OutboxScheduler {
  readonly #o: Required<Omit<OutboxSchedulerOptions, 'random'>> & { random: () => number };
  #running = false;
  #paused = false;
  #online: boolean | null = null;
  #loop: Promise<void> | null = null;
  #wake: (() => void) | null = null;
  #timer: NodeJS.Timeout | null = null;

  constructor(options: OutboxSchedulerOptions) {
    this.#o = { chunkSize: 256 * 1024, maxIdleMs: 60_000, random: Math.random, ...options };
  }

  get status(): { online: boolean | null; paused: boolean; breaker: CircuitBreaker['state'] } {
    return { online: this.#online, paused: this.#paused, breaker: this.#o.breaker.state };
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#loop = this.#run();
  }

  /** Stops after the current request settles; the item in hand stays pending. */
  async stop(): Promise<void> {
    this.#running = false;
    this.kick();
    await this.#loop;
    this.#loop = null;
  }

  /** Look at the queue now: an item was enqueued, the network came back, or staff retried. */
  kick(): void {
    const wake = this.#wake;
    this.#wake = null;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    wake?.();
  }

  /** Lifts an auth pause once credentials are fixed. */
  resume(): void {
    if (!this.#paused) return;
    this.#paused = false;
    this.#o.events.emit('sync.resumed', {});
    this.kick();
  }

  /** One pass over the items due now; each is tried at most once. */
  async drainOnce(): Promise<DrainResult> {
    const result: DrainResult = { sent: 0, retried: 0, dead: 0 };
    const tried = new Set<string>();
    while (!this.#paused) {
      const item = this.#o.repository.due(tried.size + 1).find((i) => !tried.has(i.id));
      if (!item || !this.#o.breaker.tryAcquire()) break;
      tried.add(item.id);
      try {
        result[await this.#send(item)] += 1;
      } catch (error) {
        this.#o.breaker.release();
        throw error;
      }
      if (!this.#running && this.#loop) break;
    }
    return result;
  }

  async #run(): Promise<void> {
    while (this.#running) {
      let delay: number;
      try {
        await this.drainOnce();
        delay = this.#nextWakeDelay();
      } catch (error) {
        // The store itself failed (disk full, I/O error): log and try again after a pause.
        this.#o.logger.error('outbox pass failed', { error });
        delay = Math.min(this.#o.backoff.capMs, this.#o.maxIdleMs);
      }
      if (!this.#running) break;
      await this.#sleep(delay);
    }
  }

  #nextWakeDelay(): number {
    const { repository, breaker, events, now, maxIdleMs } = this.#o;
    const counts = repository.counts();
    const next = repository.nextAttemptAt();
    events.emit('sync.idle', { pending: counts.pending, dead: counts.dead, nextAttemptAt: next });
    if (this.#paused || next === null) return maxIdleMs;
    const at = Math.max(next, breaker.reopensAt ?? next);
    return Math.min(Math.max(at - now(), 0), maxIdleMs);
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.#wake = resolve;
      this.#timer = setTimeout(() => this.kick(), ms);
    });
  }

  async #send(item: OutboxItem): Promise<'sent' | 'retried' | 'dead'> {
    const { repository, sender, events, breaker, chunkSize } = this.#o;
    // Attachments whose bytes all reached the server in this attempt; recorded with the failure, if any.
    const uploaded: string[] = [];
    try {
      const context = { idempotencyKey: item.id, kind: item.kind, payload: repository.readPayload(item.id) };
      const refs = repository.attachments(item.id);
      const whole = { itemId: item.id, kind: item.kind, itemBytesTotal: refs.reduce((n, r) => n + r.length, 0), documentsTotal: refs.length };
      const targets = await prepareUploads(refs, { repository, sender, item: context });
      let bytesBefore = 0;
      for (const [documentsDone, target] of targets.entries()) {
        await sendAttachment(target, {
          repository,
          sender,
          chunkSize,
          item: context,
          onProgress: (bytesSent, bytesTotal) =>
            events.emit('sync.progress', { ...whole, phase: 'upload', bytesSent, bytesTotal, itemBytesSent: bytesBefore + bytesSent, documentsDone }),
        });
        if (!target.ref.uploaded) uploaded.push(target.ref.id);
        bytesBefore += target.ref.length;
      }
      events.emit('sync.progress', {
        ...whole,
        phase: 'record',
        bytesSent: 0,
        bytesTotal: 1,
        itemBytesSent: whole.itemBytesTotal,
        documentsDone: refs.length,
      });
      await sender.sendRecord({ ...context, uploads: targets.map((t) => ({ name: t.ref.name, url: t.url })) });
      repository.acknowledge(item.id);
      breaker.onSuccess();
      this.#setOnline(true);
      events.emit('sync.sent', { itemId: item.id, kind: item.kind, attempts: item.attempts + 1 });
      return 'sent';
    } catch (error) {
      if (isKioskError(error) && error.code.startsWith('crypto.')) {
        // Undecryptable (key lost or row tampered with): no retry can help; staff must see it.
        breaker.release();
        repository.markDead(item.id, item.attempts + 1, error.code, undefined, uploaded);
        events.emit('sync.dead', { itemId: item.id, kind: item.kind, code: error.code });
        return 'dead';
      }
      return this.#fail(item, toFailure(error), uploaded);
    }
  }

  #fail(item: OutboxItem, failure: SendFailure, uploaded: readonly string[]): 'retried' | 'dead' {
    const { repository, events, breaker, backoff, now, random, logger } = this.#o;
    const attempts = item.attempts + 1;
    if (failure.kind === 'rejected') {
      breaker.onSuccess();
      this.#setOnline(true);
      repository.markDead(item.id, attempts, failure.code, failure.field, uploaded);
      logger.warn('outbox item rejected by the server', { itemId: item.id, kind: item.kind, errorCode: failure.code });
      events.emit('sync.dead', { itemId: item.id, kind: item.kind, code: failure.code, ...(failure.field ? { field: failure.field } : {}) });
      return 'dead';
    }
    if (failure.kind === 'auth') {
      breaker.onSuccess();
      this.#paused = true;
      repository.recordRetry(item.id, attempts, now(), 'auth', uploaded);
      logger.error('identity API refused the kiosk credentials; outbox paused');
      events.emit('sync.paused', { reason: 'auth' });
      return 'retried';
    }
    breaker.onFailure();
    const reason = failure.kind === 'offsetMismatch' ? 'upload offset mismatch' : failure.kind === 'uploadGone' ? 'upload gone' : failure.reason;
    const retryAfterMs = failure.kind === 'retryable' ? failure.retryAfterMs : undefined;
    const delayMs = retryDelay(attempts, backoff, retryAfterMs, random);
    const nextAttemptAt = now() + delayMs;
    repository.recordRetry(item.id, attempts, nextAttemptAt, reason, uploaded);
    if (failure.kind === 'unreachable' || breaker.state !== 'closed') this.#setOnline(false);
    events.emit('sync.retry', { itemId: item.id, kind: item.kind, attempts, delayMs, nextAttemptAt, reason });
    return 'retried';
  }

  #setOnline(online: boolean): void {
    if (this.#online === online) return;
    this.#online = online;
    this.#o.events.emit('sync.connectivity', { online, breaker: this.#o.breaker.state });
  }
}
