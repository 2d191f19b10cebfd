/** The one backoff rule of every retry: Graph requests, the token endpoint, Bot Connector replies and proactive posts. */
import { backoffMs, retryAfterMs, retryDelay } from '../../src/domain/retryPolicy';

describe('retryDelay', () => {
  const policy = { maxAttempts: 5, maxWaitMs: 60_000, baseDelayMs: 1_000, maxDelayMs: 5_000 };

  it('backs off exponentially with jitter, capped', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelay(policy, attempt, 0, undefined, () => 0))).toEqual([500, 1_000, 2_000, 2_500]);
    expect([1, 2, 3, 4].map((attempt) => retryDelay(policy, attempt, 0, undefined, () => 1))).toEqual([1_000, 2_000, 4_000, 5_000]);
  });

  it('honours Retry-After as given, within the time allowed', () => {
    expect(retryDelay(policy, 1, 0, 3_000)).toBe(3_000);
    expect(retryDelay(policy, 1, 0, 60_000)).toBe(60_000);
    expect(retryDelay(policy, 1, 1, 60_000)).toBeUndefined();
  });

  it('stops after the last attempt', () => {
    expect(retryDelay(policy, 5, 0, undefined, () => 0)).toBeUndefined();
  });
});

describe('backoffMs', () => {
  it('backs off like retryDelay, past any attempt limit', () => {
    const policy = { maxAttempts: 2, maxWaitMs: 1_000, baseDelayMs: 1_000, maxDelayMs: 5_000 };
    expect([1, 2, 3, 9].map((attempt) => backoffMs(policy, attempt, () => 1))).toEqual([1_000, 2_000, 4_000, 5_000]);
    expect(backoffMs(policy, 2, () => 0)).toBe(1_000);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('7')).toBe(7_000);
    expect(retryAfterMs(undefined)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    expect(retryAfterMs(inAMinute)).toBeGreaterThan(55_000);
  });
});
