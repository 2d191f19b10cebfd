import { startDemoTenant } from '../../src/demoTenant/demoTenant';
import { GraphThrottling, type PstnFunction } from '../../src/demoTenant/requestRateLimit';
import { getWithToken, reportUrl, secretToken } from '../helpers/demoTenantClient';

/** Admits `count` requests of `fn` and returns how many got through. */
function admitted(limits: GraphThrottling, fn: PstnFunction, count: number): number {
  return Array.from({ length: count }, () => limits.admit(fn)).filter((admission) => admission.admitted).length;
}

describe('GraphThrottling', () => {
  it('admits the limit within 60 s, then says when the oldest slot frees', () => {
    let now = 1_000_000;
    const limit = new GraphThrottling({ perFunction: 3 }, () => now);
    expect([limit.admit('report'), limit.admit('report')]).toEqual([{ admitted: true }, { admitted: true }]);
    now += 20_000;
    expect(limit.admit('report')).toEqual({ admitted: true });
    expect(limit.admit('report')).toEqual({ admitted: false, retryAfterSeconds: 40 });
    now += 40_000;
    expect(limit.admit('report')).toEqual({ admitted: true });
    expect(limit.maxInAnyWindow('report')).toBe(4);
  });

  it('rounds Retry-After up and never below 1 s', () => {
    let now = 0;
    const limit = new GraphThrottling({ perFunction: 1 }, () => now);
    limit.admit('report');
    now = 59_999;
    expect(limit.admit('report')).toEqual({ admitted: false, retryAfterSeconds: 1 });
    now = 500;
    expect(new GraphThrottling({ perFunction: 1 }, () => now).admit('report')).toEqual({ admitted: true });
  });

  it('measures arrivals, throttled ones included, over any 60 s', () => {
    let now = 0;
    const limit = new GraphThrottling({ perFunction: 2 }, () => now);
    for (let i = 0; i < 5; i += 1) limit.admit('report');
    now = 61_000;
    limit.admit('report');
    expect(limit.maxInAnyWindow('report')).toBe(5);
  });

  it("enforces Graph's documented limits by default: 50 per function, each function on its own", () => {
    const now = 0;
    const limits = new GraphThrottling({}, () => now);
    expect(admitted(limits, 'report', 60)).toBe(50);
    expect(admitted(limits, 'callLog', 60)).toBe(50);
    expect(limits.maxInAnyWindow('report')).toBe(60);
  });

  it("counts both functions against the app's limit and the tenant's", () => {
    const now = 0;
    const app = new GraphThrottling({ perFunction: 10, perApp: 15 }, () => now);
    expect(admitted(app, 'report', 10) + admitted(app, 'callLog', 10)).toBe(15);
    const tenant = new GraphThrottling({ perFunction: 10, perTenant: 12 }, () => now);
    expect(admitted(tenant, 'report', 10) + admitted(tenant, 'callLog', 10)).toBe(12);
  });

  it('admits everything when off, and still counts', () => {
    const limits = new GraphThrottling('off', () => 0);
    expect(admitted(limits, 'report', 2_000)).toBe(2_000);
    expect(limits.maxInAnyWindow('report')).toBe(2_000);
  });

  it('counts directory reads on their own limit, not against the PSTN functions, app or tenant', () => {
    const limits = new GraphThrottling({ perFunction: 1, perApp: 1, perTenant: 1, directory: 2 }, () => 0);
    expect([limits.admit('users'), limits.admit('users'), limits.admit('users')].map((a) => a.admitted)).toEqual([true, true, false]);
    expect(limits.admit('report')).toEqual({ admitted: true });
  });

  it('keeps its window as long as told', () => {
    let now = 0;
    const limits = new GraphThrottling({ perFunction: 1, windowMs: 500 }, () => now);
    expect(limits.admit('report')).toEqual({ admitted: true });
    now = 499;
    expect(limits.admit('report').admitted).toBe(false);
    now = 500;
    expect(limits.admit('report').admitted).toBe(true);
  });
});

describe('throttling over HTTP', () => {
  it('answers 429 TooManyRequests with Retry-After past the per-function limit', async () => {
    const tenant = await startDemoTenant({ users: 20, throttling: { perFunction: 3 } });
    try {
      const token = await secretToken(tenant);
      const url = reportUrl(tenant, '2025-01-01', '2025-01-31');
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await getWithToken(url, token)).status);
      const throttled = await getWithToken(url, token);
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect(throttled.status).toBe(429);
      expect((throttled.json as { error: { code: string } }).error.code).toBe('TooManyRequests');
      expect(Number(throttled.headers.get('Retry-After'))).toBeGreaterThanOrEqual(59);
      expect(tenant.stats).toMatchObject({
        reportRequests: 5,
        pagesServed: 3,
        throttledRequests: 2,
        maxRequestsInAnyMinute: 5,
      });
    } finally {
      await tenant.close();
    }
  });

  it('rejects a limit that is not a whole number of at least 1', async () => {
    await expect(startDemoTenant({ throttling: { perApp: 0 } })).rejects.toThrow('throttling.perApp');
  });
});
