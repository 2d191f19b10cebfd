/**
 * Graph's three throttling limits for the PSTN report functions, each a sliding window: per function, per app, per
 * tenant; the directory's `/users` list has its own, looser limit and does not count against the PSTN ones.
 */

/** The limits, per window; a field left out takes Graph's documented value. */
export interface ThrottlingLimits {
  /** Requests per function (the dial-out report, getPstnCalls): Graph's "50 per collection". */
  perFunction?: number;
  /** Requests per app and tenant, both functions together: 200. */
  perApp?: number;
  /** Requests per tenant, every app together (the demo tenant registers one): 1,000. */
  perTenant?: number;
  /** Directory (`/users`) requests per window: identity limits are far looser than the PSTN ones; 600 is the bot's own pace. */
  directory?: number;
  /** Graph's window is 60 s; a test compresses it to see a long read's pacing in seconds. */
  windowMs?: number;
}

/** The functions the limits count separately: the two PSTN range functions and the directory's `/users` list. */
export type PstnFunction = 'report' | 'callLog' | 'users';

const DOCUMENTED = { perFunction: 50, perApp: 200, perTenant: 1_000, directory: 600, windowMs: 60_000 };

/** Timestamps of events in the last window, oldest first. */
class SlidingWindow {
  private times: number[] = [];
  private start = 0;

  constructor(private readonly windowMs: number) {}

  /** Forgets events older than the window and returns how many remain. */
  countAt(now: number): number {
    while (this.start < this.times.length && this.times[this.start] <= now - this.windowMs) this.start += 1;
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
    return this.times[this.start] + this.windowMs;
  }
}

/** One limit: at most `limit` admitted requests in any window. */
class Limit {
  private readonly admitted: SlidingWindow;

  constructor(
    private readonly limit: number,
    windowMs: number,
  ) {
    this.admitted = new SlidingWindow(windowMs);
  }

  /** Milliseconds until a slot frees; 0 when one is free now. */
  waitAt(now: number): number {
    return this.admitted.countAt(now) >= this.limit ? this.admitted.oldestLeavesAt() - now : 0;
  }

  take(now: number): void {
    this.admitted.add(now);
  }
}

export type Admission = { admitted: true } | { admitted: false; retryAfterSeconds: number };

/**
 * Admits a request when each of its function's, its app's and the tenant's limits has room in the
 * window; only admitted requests take a slot, so a client that waits out Retry-After gets through.
 * `maxInAnyWindow` counts every arrival, so a benchmark or test can see whether the client paced
 * itself below the limit. `'off'` admits everything (benchmarks that measure something else) and still counts.
 */
export class GraphThrottling {
  private readonly functions: Record<PstnFunction, Limit>;
  private readonly app: Limit;
  private readonly tenant: Limit;
  private readonly arrivals: Record<PstnFunction, SlidingWindow>;
  private readonly most: Record<PstnFunction, number> = { report: 0, callLog: 0, users: 0 };

  constructor(
    limits: ThrottlingLimits | 'off' = {},
    private readonly clock: () => number = Date.now,
  ) {
    const off = limits === 'off';
    const everything = { perFunction: Infinity, perApp: Infinity, perTenant: Infinity, directory: Infinity };
    const { perFunction, perApp, perTenant, directory, windowMs } = off ? { ...DOCUMENTED, ...everything } : { ...DOCUMENTED, ...limits };
    this.functions = { report: new Limit(perFunction, windowMs), callLog: new Limit(perFunction, windowMs), users: new Limit(directory, windowMs) };
    this.app = new Limit(perApp, windowMs);
    this.tenant = new Limit(perTenant, windowMs);
    this.arrivals = { report: new SlidingWindow(windowMs), callLog: new SlidingWindow(windowMs), users: new SlidingWindow(windowMs) };
  }

  /** Records an arrival of `fn` and decides whether it may proceed. */
  admit(fn: PstnFunction): Admission {
    const now = this.clock();
    this.arrivals[fn].add(now);
    this.most[fn] = Math.max(this.most[fn], this.arrivals[fn].countAt(now));
    const limits = fn === 'users' ? [this.functions.users] : [this.functions[fn], this.app, this.tenant];
    const waitMs = Math.max(...limits.map((limit) => limit.waitAt(now)));
    if (waitMs > 0) return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    for (const limit of limits) limit.take(now);
    return { admitted: true };
  }

  /** The most requests of `fn` that arrived within any window, throttled ones included. */
  maxInAnyWindow(fn: PstnFunction): number {
    return this.most[fn];
  }
}
