/** Keeps report requests under Graph's per-app limit (200 per 60 s) across all questions at once. */

export interface PacerOptions {
  /** Requests allowed in any window. */
  limit: number;
  windowMs: number;
}

/** A booked request; `settle()` when its answer (or failure) arrives. */
export interface PacedSlot {
  settle(): void;
}

/**
 * Sliding-window pacer. Graph counts a request when it arrives, which can be well after we send
 * it (a busy event loop, a slow connection); so a slot is stamped when booked and stamped again
 * when the answer comes, and it frees a window after the later stamp. That can only make the
 * pacer stricter than Graph's own count, never looser.
 */
export class RequestPacer {
  private readonly stamps = new Set<{ at: number }>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: PacerOptions) {}

  /** Waits for a slot and books it. Callers are served in order. */
  take(): Promise<PacedSlot> {
    const turn = this.queue.then(() => this.book());
    this.queue = turn;
    return turn;
  }

  private async book(): Promise<PacedSlot> {
    for (;;) {
      const now = Date.now();
      let oldest = Number.POSITIVE_INFINITY;
      for (const stamp of this.stamps) {
        if (stamp.at <= now - this.options.windowMs) this.stamps.delete(stamp);
        else oldest = Math.min(oldest, stamp.at);
      }
      if (this.stamps.size < this.options.limit) {
        const stamp = { at: now };
        this.stamps.add(stamp);
        return { settle: () => (stamp.at = Math.max(stamp.at, Date.now())) };
      }
      await new Promise((resolve) => setTimeout(resolve, oldest + this.options.windowMs - now));
    }
  }
}
