/**
 * Delay before restarting something that keeps failing (a crashed renderer, a closed browser):
 * doubles each time up to a cap, and starts over once it has run fine for `stableMs`.
 */
export class RestartBackoff {
  private failures = 0;
  private lastStart = 0;

  constructor(
    private readonly options: { baseMs: number; maxMs: number; stableMs: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Call when the thing has (re)started. */
  started(): void {
    this.lastStart = this.now();
  }

  /** Call when it failed; returns how long to wait before the next start. */
  nextDelay(): number {
    if (this.lastStart && this.now() - this.lastStart >= this.options.stableMs) this.failures = 0;
    const delay = Math.min(this.options.baseMs * 2 ** this.failures, this.options.maxMs);
    this.failures += 1;
    return delay;
  }
}
