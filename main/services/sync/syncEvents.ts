import type { Logger } from '../log/logger';
import type { BreakerState } from './circuitBreaker';

/** Everything the scheduler reports; the lead maps these onto the renderer contract. */
export interface SyncEventMap {
  /** Link state changed: online once the server answers, offline when unreachable or the circuit opens. */
  'sync.connectivity': { online: boolean; breaker: BreakerState };
  /** `bytes*` count the document being uploaded; `item*` and `documents*` the whole item, for "what is left". */
  'sync.progress': {
    itemId: string;
    kind: string;
    phase: 'upload' | 'record';
    bytesSent: number;
    bytesTotal: number;
    itemBytesSent: number;
    itemBytesTotal: number;
    documentsDone: number;
    documentsTotal: number;
  };
  'sync.sent': { itemId: string; kind: string; attempts: number };
  'sync.retry': { itemId: string; kind: string; attempts: number; delayMs: number; nextAttemptAt: number; reason: string };
  'sync.dead': { itemId: string; kind: string; code: string; field?: string };
  /** The server refused our credentials: nothing is sent until `resume()`. */
  'sync.paused': { reason: 'auth' };
  'sync.resumed': Record<string, never>;
  /** Nothing is due; `nextAttemptAt` is when the scheduler wakes by itself (null: queue empty). */
  'sync.idle': { pending: number; dead: number; nextAttemptAt: number | null };
}

export type SyncEventName = keyof SyncEventMap;
type Listener<K extends SyncEventName> = (payload: SyncEventMap[K]) => void;

/** Typed emitter; a throwing listener is logged and never breaks the sender loop. */
export class SyncEvents {
  readonly #listeners = new Map<SyncEventName, Set<Listener<never>>>();

  constructor(private readonly logger: Logger) {}

  on<K extends SyncEventName>(name: K, listener: Listener<K>): () => void {
    let set = this.#listeners.get(name);
    if (!set) this.#listeners.set(name, (set = new Set()));
    set.add(listener as Listener<never>);
    return () => set.delete(listener as Listener<never>);
  }

  emit<K extends SyncEventName>(name: K, payload: SyncEventMap[K]): void {
    for (const listener of this.#listeners.get(name) ?? []) {
      try {
        (listener as Listener<K>)(payload);
      } catch (error) {
        this.logger.error('sync event listener failed', { event: name, error });
      }
    }
  }
}
