/** How hard to retry a request: attempts, a bound on the total wait, exponential backoff, and the server's Retry-After. */

export interface RetryPolicy {
  /** Attempts per request, the first included. */
  maxAttempts: number;
  /** Longest total time spent waiting between attempts of one request. */
  maxWaitMs: number;
  /** First backoff step when the server gives no Retry-After; doubles per attempt, with full jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * A Retry-After header in seconds (Graph's and the Bot Connector's form) or as an HTTP date, in
 * milliseconds; undefined when absent or unreadable.
 * @example retryAfterMs('2') // 2000
 */
export function retryAfterMs(raw: string | null | undefined): number | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (/^\d+$/.test(raw.trim())) return Number(raw) * 1000;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/**
 * The wait before the attempt after `attempt`, or undefined when the policy says stop: Retry-After when
 * the server gave one, else exponential backoff with full jitter; never past maxAttempts nor maxWaitMs in all.
 */
export function retryDelay(retry: RetryPolicy, attempt: number, waitedMs: number, retryAfter: number | undefined): number | undefined {
  const wait = retryAfter ?? Math.random() * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
  if (attempt >= retry.maxAttempts || waitedMs + wait > retry.maxWaitMs) return undefined;
  return wait;
}
