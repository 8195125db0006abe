export type BreakerState = 'closed' | 'open' | 'halfOpen';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long the circuit stays open before one probe is let through. */
  openMs: number;
  now: () => number;
}

/**
 * Stops hammering a server that is down: after `failureThreshold` failures in a row nothing is
 * sent for `openMs`; then a single probe decides between closing and opening again.
 */
export class CircuitBreaker {
  #failures = 0;
  #openedAt: number | null = null;
  #probing = false;

  constructor(private readonly options: CircuitBreakerOptions) {}

  get state(): BreakerState {
    if (this.#openedAt === null) return 'closed';
    return this.options.now() - this.#openedAt >= this.options.openMs ? 'halfOpen' : 'open';
  }

  /** Whether a request may go now; in half-open state only the first caller gets the probe. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.#probing) return false;
    this.#probing = true;
    return true;
  }

  /** When the next probe will be allowed, if the circuit is open. */
  get reopensAt(): number | null {
    return this.#openedAt === null ? null : this.#openedAt + this.options.openMs;
  }

  /** A request that never reached the server (a local failure) gives its probe slot back. */
  release(): void {
    this.#probing = false;
  }

  onSuccess(): void {
    this.#failures = 0;
    this.#openedAt = null;
    this.#probing = false;
  }

  onFailure(): void {
    this.#failures += 1;
    if (this.#probing || this.#failures >= this.options.failureThreshold) {
      this.#openedAt = this.options.now();
    }
    this.#probing = false;
  }
}
