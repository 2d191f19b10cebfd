/** A window Graph finds too long (400 or 406 to its first request) is read in halves, at most twice deep; then the read fails clearly. */
import { startDemoTenant, type DemoTenant, type DemoTenantOptions } from '../../src/demoTenant/demoTenant';
import type { DateRange } from '../../src/domain/dateRange';
import { connectPstnReports, demoTenantConnection } from '../../src/graph/graphConnection';
import { failure, readReport, sourceFor, TEST_RETRY } from '../helpers/graphSource';

const NOW = new Date('2026-11-27T10:00:00Z');
/** 89 days: one window. */
const SUMMER: DateRange = { first: '2026-06-01', last: '2026-08-28', timeZone: 'UTC' };

describe('windows Graph refuses as too long', () => {
  const tenants: DemoTenant[] = [];
  async function tenantWith(rangeLimit: DemoTenantOptions['rangeLimit']): Promise<DemoTenant> {
    const tenant = await startDemoTenant({ users: 200, pageSize: 200, now: () => NOW, rangeLimit });
    tenants.push(tenant);
    return tenant;
  }
  afterAll(() => Promise.all(tenants.map((tenant) => tenant.close())));

  it.each([406, 400])('reads an 89-day window as two halves when Graph answers %i to it, with the same totals', async (status) => {
    const tenant = await tenantWith({ days: 60, status });
    const { report } = await readReport(sourceFor(tenant), SUMMER);
    const usage = tenant.expectedUsage(new Date('2026-06-01T00:00:00Z'), new Date('2026-08-28T23:59:59.999Z'));
    expect(Object.fromEntries(report.currencies.map((c) => [c.currency, c.total.chargeMicros]))).toEqual(
      Object.fromEntries(Object.entries(usage.byCurrency).map(([currency, t]) => [currency, t.chargeMicros])),
    );
    expect(report.rowCount).toBeGreaterThan(0);
  });

  it('halves twice (89 → 45 → 23 days) and gets everything', async () => {
    const tenant = await tenantWith({ days: 30, status: 406 });
    const { report } = await readReport(sourceFor(tenant), SUMMER);
    const usage = tenant.expectedUsage(new Date('2026-06-01T00:00:00Z'), new Date('2026-08-28T23:59:59.999Z'));
    expect(report.currencies.find((c) => c.currency === 'USD')?.total.chargeMicros).toBe(usage.byCurrency.USD?.chargeMicros);
  });

  it('fails clearly after two halvings, without a third, and with Graph\'s request id', async () => {
    const tenant = await tenantWith({ days: 20, status: 406 });
    const before = tenant.stats.reportRequests;
    const error = await failure(readReport(sourceFor(tenant), SUMMER));
    expect(error.failure).toBe('rangeRefused');
    expect(error.status).toBe(406);
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.explanation.title).toBe('Microsoft Graph refused the period');
    // 89 days refused, its first half (45) refused, that one's first half (23) refused: then no more.
    expect(tenant.stats.reportRequests - before).toBe(3);
  });

  it('halves the call log\'s windows the same way', async () => {
    const tenant = await tenantWith({ days: 60, status: 406 });
    const settings = { ...demoTenantConnection(tenant), retry: TEST_RETRY, requestTimeoutMs: 5_000 };
    const { calls } = connectPstnReports(settings);
    const { report } = await readReport(sourceFor(tenant), SUMMER);
    const top = report.currencies[0]?.spenders[0];
    const before = tenant.stats.callLogRequests;
    const read = await calls.read(SUMMER, top?.userId as string);
    // The demo tenant's conf_out calls are the very calls its report rows add up.
    expect(read.length).toBe(top?.calls);
    expect(tenant.stats.callLogRequests - before).toBeGreaterThan(2); // the refused window, then its halves' pages
  });

  it('maps a 406 on a later page (not about the range) to its own clear explanation, without halving', async () => {
    const tenant = await startDemoTenant({ users: 300, pageSize: 50, now: () => NOW });
    tenants.push(tenant);
    tenant.faults.next({ kind: 'status', status: 406 }, { onRequest: 2 });
    const before = tenant.stats.reportRequests;
    const error = await failure(readReport(sourceFor(tenant), { first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' }));
    expect(error.failure).toBe('notAcceptable');
    expect(error.explanation.detail).toMatch(/406/);
    expect(tenant.stats.reportRequests - before).toBe(2);
  });
});
