/** Keeps report requests under Graph's per-app limit (200 per 60 s) across all questions at once. */

export interface PacerOptions {
  /** Requests allowed in any window. */
  limit: number;
  windowMs: number;
}

/** Sliding-window pacer: `take()` resolves when one more request fits in the window. */
export class RequestPacer {
  private readonly sent: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly options: PacerOptions) {}

  /** Waits for a slot and books it. Callers are served in order. */
  take(): Promise<void> {
    const turn = this.queue.then(() => this.book());
    this.queue = turn;
    return turn;
  }

  private async book(): Promise<void> {
    for (;;) {
      const now = Date.now();
      while (this.sent.length > 0 && (this.sent[0] as number) <= now - this.options.windowMs) this.sent.shift();
      if (this.sent.length < this.options.limit) {
        this.sent.push(now);
        return;
      }
      const wait = (this.sent[0] as number) + this.options.windowMs - now;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
