import { startDemoTenant } from '../../src/demoTenant/demoTenant';
import { RequestRateLimit } from '../../src/demoTenant/requestRateLimit';
import { getWithToken, reportUrl, secretToken } from '../helpers/demoTenantClient';

describe('RequestRateLimit', () => {
  it('admits the limit within 60 s, then says when the oldest slot frees', () => {
    let now = 1_000_000;
    const limit = new RequestRateLimit(3, () => now);
    expect([limit.admit(), limit.admit()]).toEqual([{ admitted: true }, { admitted: true }]);
    now += 20_000;
    expect(limit.admit()).toEqual({ admitted: true });
    expect(limit.admit()).toEqual({ admitted: false, retryAfterSeconds: 40 });
    now += 40_000;
    expect(limit.admit()).toEqual({ admitted: true });
    expect(limit.maxInAnyMinute).toBe(4);
  });

  it('rounds Retry-After up and never below 1 s', () => {
    let now = 0;
    const limit = new RequestRateLimit(1, () => now);
    limit.admit();
    now = 59_999;
    expect(limit.admit()).toEqual({ admitted: false, retryAfterSeconds: 1 });
    now = 500;
    expect(new RequestRateLimit(1, () => now).admit()).toEqual({ admitted: true });
  });

  it('measures arrivals, throttled ones included, over any 60 s', () => {
    let now = 0;
    const limit = new RequestRateLimit(2, () => now);
    for (let i = 0; i < 5; i += 1) limit.admit();
    now = 61_000;
    limit.admit();
    expect(limit.maxInAnyMinute).toBe(5);
  });
});

describe('throttling over HTTP', () => {
  it('answers 429 TooManyRequests with Retry-After past requestLimitPerMinute', async () => {
    const tenant = await startDemoTenant({ users: 20, requestLimitPerMinute: 3 });
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
});
