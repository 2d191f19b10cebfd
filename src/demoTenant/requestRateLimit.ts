/** Graph's per-app request limit for the report, as a sliding 60-second window. */

const WINDOW_MS = 60_000;

/** Timestamps of events in the last window, oldest first. */
class SlidingWindow {
  private times: number[] = [];
  private start = 0;

  /** Forgets events older than the window and returns how many remain. */
  countAt(now: number): number {
    while (this.start < this.times.length && this.times[this.start] <= now - WINDOW_MS) this.start += 1;
    if (this.start > 1024 && this.start * 2 > this.times.length) {
      this.times = this.times.slice(this.start);
      this.start = 0;
    }
    return this.times.length - this.start;
  }

  add(now: number): void {
    this.times.push(now);
  }

  /** When the oldest event in the window leaves it. */
  oldestLeavesAt(): number {
    return this.times[this.start] + WINDOW_MS;
  }
}

export type Admission = { admitted: true } | { admitted: false; retryAfterSeconds: number };

/**
 * Admits at most `limit` requests in any 60 s. Only admitted requests take a slot, so a
 * client that waits out Retry-After gets through; `maxInAnyMinute` counts every arrival,
 * so a benchmark can see whether the client paced itself below the limit.
 */
export class RequestRateLimit {
  private readonly admittedWindow = new SlidingWindow();
  private readonly arrivals = new SlidingWindow();
  /** The most requests that arrived within any 60 s. */
  maxInAnyMinute = 0;

  constructor(
    private readonly limit: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Records an arrival and decides whether it may proceed. */
  admit(): Admission {
    const now = this.clock();
    this.arrivals.add(now);
    this.maxInAnyMinute = Math.max(this.maxInAnyMinute, this.arrivals.countAt(now));
    if (this.admittedWindow.countAt(now) >= this.limit) {
      const waitMs = this.admittedWindow.oldestLeavesAt() - now;
      return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    this.admittedWindow.add(now);
    return { admitted: true };
  }
}
