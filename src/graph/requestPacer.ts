/** Keeps one report function's requests under Graph's limits across all questions at once, shared fairly between people, slowing down when Graph asks. */

/**
 * Graph's throttling page allows the PSTN report functions 50 requests per 60 s per collection (read
 * as per function), 200 per app and tenant, and 1,000 per tenant: the default of GRAPH_REQUESTS_PER_MINUTE.
 */
export const PER_FUNCTION_PER_MINUTE = 50;

export interface PacerOptions {
  /** Requests allowed in any window. */
  limit: number;
  windowMs: number;
  /**
   * The last `reserve` slots of a window go only to shares holding less of it than the largest
   * holder, so one share can never take the whole window and another's read starts at once.
   * Default: a tenth of `limit`.
   */
  reserve?: number;
}

/** A booked request; `settle()` when its answer (or failure) arrives. */
export interface PacedSlot {
  settle(): void;
}

/** What holds a function's requests back right now, for a progress line. */
export interface PacingState {
  /** 'free': nothing waits; 'paced': requests wait for the window to move; 'slowedDown': Graph answered 429 within the last window. */
  kind: 'free' | 'paced' | 'slowedDown';
  /** Requests allowed per window (a minute, except in compressed tests). */
  perWindow: number;
}

/** The share of requests nobody in particular asked for (the monthly summary, the admin-group check). */
export const COMMON_SHARE = '';

interface Stamp {
  at: number;
  share: string;
}

/**
 * Sliding-window pacer. Graph counts a request when it arrives, which can be well after we send
 * it (a busy event loop, a slow connection); so a slot is stamped when booked and stamped again
 * when the answer comes, and it frees a window after the later stamp. That can only make the
 * pacer stricter than Graph's own count, never looser.
 *
 * Fair share: requests wait in one queue per share (a person), and free slots go round-robin
 * between the shares that wait, so one share's 500-page read cannot push another's one page to
 * the back; and the last slots of a window are kept for shares that hold less than the largest.
 *
 * Slowing down: when Graph answers 429 anyway (other apps share the tenant's limit, or Graph
 * counts differently), `slowDown` holds every request until Graph's Retry-After has passed and
 * then allows only half the limit for the rest of that window.
 */
export class RequestPacer {
  private readonly stamps = new Set<Stamp>();
  /** Waiting requests per share, in the order the shares take turns. */
  private readonly waiting = new Map<string, Array<(slot: PacedSlot) => void>>();
  private readonly reserve: number;
  private timer: NodeJS.Timeout | undefined;
  /** Nothing is granted before this instant (Graph's Retry-After). */
  private heldUntil = 0;
  /** Until this instant only half the limit is granted (the rest of the window of Graph's last 429). */
  private slowUntil = 0;

  constructor(private readonly options: PacerOptions) {
    this.reserve = options.reserve ?? Math.floor(options.limit / 10);
  }

  /**
   * Graph answered 429: grants nothing for `waitMs` (its Retry-After), then only half the limit
   * until a window has passed since now.
   * @example pacer.slowDown(retryAfterMs(response.headers.get('retry-after')) ?? 1_000)
   */
  slowDown(waitMs: number): void {
    const now = Date.now();
    this.heldUntil = Math.max(this.heldUntil, now + waitMs);
    this.slowUntil = Math.max(this.slowUntil, now + this.options.windowMs);
    this.grant();
  }

  /** Whether Graph asked this pacer to slow down within the last window, or requests wait for it. */
  state(): PacingState {
    const kind = Date.now() < this.slowUntil ? 'slowedDown' : this.waiting.size > 0 ? 'paced' : 'free';
    return { kind, perWindow: this.options.limit };
  }

  /**
   * Waits for a slot of `share` and books it. Within a share, requests are served in order. When
   * `abandon` fires first, the request stops waiting and fails with the signal's reason.
   * @example const slot = await pacer.take(person); try { await fetch(…) } finally { slot.settle() }
   */
  take(share: string = COMMON_SHARE, abandon?: AbortSignal): Promise<PacedSlot> {
    return new Promise((resolve, reject) => {
      if (abandon?.aborted) return reject(abandon.reason);
      const granted = (slot: PacedSlot): void => {
        abandon?.removeEventListener('abort', abandoned);
        resolve(slot);
      };
      const abandoned = (): void => {
        const queue = this.waiting.get(share) ?? [];
        const at = queue.indexOf(granted);
        if (at < 0) return;
        queue.splice(at, 1);
        if (queue.length === 0) this.waiting.delete(share);
        this.grant(); // nothing left waiting: no timer keeps the process up
        reject(abandon?.reason);
      };
      abandon?.addEventListener('abort', abandoned, { once: true });
      const queue = this.waiting.get(share);
      if (queue) queue.push(granted);
      else this.waiting.set(share, [granted]);
      this.grant();
    });
  }

  /** Hands free slots to waiting shares in turn, then sleeps until the oldest stamp leaves the window. */
  private grant(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const now = Date.now();
    let oldest = Number.POSITIVE_INFINITY;
    const held = new Map<string, number>();
    for (const stamp of this.stamps) {
      if (stamp.at <= now - this.options.windowMs) {
        this.stamps.delete(stamp);
        continue;
      }
      oldest = Math.min(oldest, stamp.at);
      held.set(stamp.share, (held.get(stamp.share) ?? 0) + 1);
    }
    if (now < this.heldUntil) {
      if (this.waiting.size > 0) this.timer = setTimeout(() => this.grant(), this.heldUntil - now);
      return;
    }
    const limit = now < this.slowUntil ? Math.max(1, Math.floor(this.options.limit / 2)) : this.options.limit;
    let served = true;
    while (served && this.waiting.size > 0) {
      served = false;
      const largest = Math.max(0, ...held.values());
      for (const [share, queue] of this.waiting) {
        if (!this.mayBook(held.get(share) ?? 0, largest, limit)) continue;
        const resolve = queue.shift() as (slot: PacedSlot) => void;
        // The share goes to the back of the turn order (or leaves it when nothing of it waits).
        this.waiting.delete(share);
        if (queue.length > 0) this.waiting.set(share, queue);
        held.set(share, (held.get(share) ?? 0) + 1);
        const stamp: Stamp = { at: now, share };
        this.stamps.add(stamp);
        oldest = Math.min(oldest, now);
        resolve({ settle: () => (stamp.at = Math.max(stamp.at, Date.now())) });
        served = true;
        break;
      }
    }
    if (this.waiting.size > 0 && oldest !== Number.POSITIVE_INFINITY) {
      // A slot frees when the oldest stamp leaves the window, or more slots when the slow spell ends.
      const next = Math.min(oldest + this.options.windowMs, now < this.slowUntil ? this.slowUntil : Number.POSITIVE_INFINITY);
      this.timer = setTimeout(() => this.grant(), Math.max(1, next - now));
    }
  }

  private mayBook(holding: number, largest: number, limit: number): boolean {
    const booked = this.stamps.size;
    if (booked >= limit) return false;
    return booked < limit - Math.min(this.reserve, limit - 1) || holding < largest;
  }
}
