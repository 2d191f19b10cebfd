/** Graph's 429: the read slows down for as long as Graph asks (Retry-After in seconds or as an HTTP date) instead of failing. */
import { startDemoTenant, type DemoTenant } from '../../src/demoTenant/demoTenant';
import { reportWindows } from '../../src/graph/reportWindows';
import type { DateRange } from '../../src/domain/dateRange';
import { readReport, sourceFor, TEST_RETRY } from '../helpers/graphSource';

const NOW = new Date('2026-11-27T10:00:00Z');
const OCTOBER: DateRange = { first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' };

describe('429 from Graph', () => {
  let tenant: DemoTenant;

  beforeEach(async () => {
    tenant = await startDemoTenant({ users: 300, pageSize: 50, now: () => NOW });
  });
  afterEach(() => tenant.close());

  /** October's totals per currency, summed by the demo tenant apart from the HTTP path. */
  function octoberCharges(): Record<string, number> {
    const [window] = reportWindows(OCTOBER);
    const usage = tenant.expectedUsage(new Date(window!.fromDateTime), new Date(window!.toDateTime));
    return Object.fromEntries(Object.entries(usage.byCurrency).map(([currency, totals]) => [currency, totals.chargeMicros]));
  }

  async function chargesRead(): Promise<Record<string, number>> {
    const { report } = await readReport(sourceFor(tenant), OCTOBER);
    return Object.fromEntries(report.currencies.map((c) => [c.currency, c.total.chargeMicros]));
  }

  it('waits out Retry-After in seconds as often as Graph sends it, more often than the retry attempts allow, and totals exactly', async () => {
    const throttles = TEST_RETRY.maxAttempts;
    for (let i = 0; i < throttles; i += 1) tenant.faults.next({ kind: 'status', status: 429, retryAfterSeconds: 1 }, { onRequest: 2 });
    const started = Date.now();
    expect(await chargesRead()).toEqual(octoberCharges());
    expect(Date.now() - started).toBeGreaterThanOrEqual(throttles * 1_000);
    expect(tenant.faults.pending).toBe(0);
  });

  it('waits out Retry-After given as an HTTP date, and does not count the 429s as failed attempts', async () => {
    const retryAfterDate = new Date(Date.now() + 3_000);
    for (let i = 0; i < TEST_RETRY.maxAttempts; i += 1) tenant.faults.next({ kind: 'status', status: 429, retryAfterDate }, { onRequest: 2 });
    const started = Date.now();
    expect(await chargesRead()).toEqual(octoberCharges());
    // The date has whole seconds: at least two of the three seconds are left when the first 429 arrives.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
    expect(tenant.faults.pending).toBe(0);
  });
});
