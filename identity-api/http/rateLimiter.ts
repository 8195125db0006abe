/** Fixed one-minute windows per kiosk: enough to protect the reference server and to test 429. */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly perMinute: number) {}

  /** Seconds to wait, or 0 when the request may proceed. */
  take(kioskId: string, now: number): number {
    const window = this.windows.get(kioskId);
    if (!window || now - window.start >= 60_000) {
      this.windows.set(kioskId, { start: now, count: 1 });
      return 0;
    }
    window.count += 1;
    return window.count > this.perMinute ? Math.ceil((window.start + 60_000 - now) / 1000) : 0;
  }
}
