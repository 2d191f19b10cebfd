/** How hard to retry a request: attempts, a bound on the time spent, exponential backoff, and the server's Retry-After. */

export interface RetryPolicy {
  /** Attempts per request, the first included. */
  maxAttempts: number;
  /**
   * Longest time the retries of one request may take: the waits between attempts, or (where an attempt
   * can hang, as the Bot Connector's can) the attempts and the waits. A wait that would pass it ends the retries.
   */
  maxWaitMs: number;
  /** First backoff step when the server gives no Retry-After; doubles per attempt, with equal jitter. */
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
 * The wait before the attempt after `attempt`, or undefined when the policy says stop. The server's
 * Retry-After is honoured as given (an earlier try would be refused again); without one, the wait is
 * exponential with "equal jitter" (half fixed, half random), so instances do not retry in lockstep.
 * Never past maxAttempts, nor past maxWaitMs counting `spentMs` already spent.
 * @example retryDelay({ maxAttempts: 4, maxWaitMs: 60_000, baseDelayMs: 1000, maxDelayMs: 30_000 }, 2, 0, undefined, () => 0) // 1000
 */
export function retryDelay(
  policy: RetryPolicy,
  attempt: number,
  spentMs: number,
  retryAfter: number | undefined,
  random: () => number = Math.random,
): number | undefined {
  const wait = retryAfter ?? backoffMs(policy, attempt, random);
  if (attempt >= policy.maxAttempts || spentMs + wait > policy.maxWaitMs) return undefined;
  return wait;
}

/**
 * The policy's exponential backoff after `attempt`, with equal jitter, without any limit on attempts:
 * for waits that are not failures (Graph's 429 without Retry-After).
 * @example backoffMs({ maxAttempts: 4, maxWaitMs: 60_000, baseDelayMs: 1000, maxDelayMs: 30_000 }, 2, () => 0) // 1000
 */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return ceiling / 2 + (random() * ceiling) / 2;
}
