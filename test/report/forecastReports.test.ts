/** The forecast read from the demo tenant over HTTP, against sums of the tenant's raw report pages. */
import { type DemoTenant, startDemoTenant } from '../../src/demoTenant/demoTenant';
import type { DateRange } from '../../src/domain/dateRange';
import { readForecastReports } from '../../src/report/forecastReports';
import { ReportService } from '../../src/report/reportService';
import { sourceFor } from '../helpers/graphSource';
import { rowsOf, totalsOf } from '../helpers/rowSums';

const NOW = new Date('2026-12-04T12:00:00Z');
const DECEMBER: DateRange = { first: '2026-12-01', last: '2026-12-31', timeZone: 'UTC' };

/** Micro-units of USD in the raw rows of the UTC days [first, last]. */
async function usdMicros(tenant: DemoTenant, first: string, last: string): Promise<number> {
  return totalsOf(await rowsOf(tenant, `${first}T00:00:00Z`, `${last}T23:59:59.999Z`), 'USD').total.micros;
}

describe('readForecastReports against the demo tenant', () => {
  let tenant: DemoTenant;
  beforeAll(async () => {
    tenant = await startDemoTenant({ now: () => NOW });
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('shows the month so far exactly and projects Dec 3–31 at the run rate of Nov 5 – Dec 2', async () => {
    const service = new ReportService(sourceFor(tenant), { cacheTtlMinutes: 60, cacheEntries: 10 });
    const result = await readForecastReports(service, DECEMBER, '2026-12-04', [{ currency: 'USD', amountMicros: 3_000_000_000 }]);
    const dollars = result.currencies.find((c) => c.currency === 'USD');

    const soFar = await usdMicros(tenant, '2026-12-01', '2026-12-04');
    const complete = await usdMicros(tenant, '2026-12-01', '2026-12-02');
    const weeks = [
      await usdMicros(tenant, '2026-11-05', '2026-11-11'),
      await usdMicros(tenant, '2026-11-12', '2026-11-18'),
      await usdMicros(tenant, '2026-11-19', '2026-11-25'),
      await usdMicros(tenant, '2026-11-26', '2026-12-02'),
    ];
    const days28 = weeks.reduce((a, b) => a + b, 0);
    expect(soFar).toBeGreaterThan(0);
    expect(dollars?.toDate.chargeMicros).toBe(soFar);
    expect(dollars?.completeMicros).toBe(complete);
    expect(result.projectedDays).toBe(29);
    // Rounded to the micro-unit: the exact value is within half a micro-unit.
    expect(Math.abs((dollars?.projection.expectedMicros ?? 0) - (complete + (days28 * 29) / 28))).toBeLessThanOrEqual(0.5);
    expect(Math.abs((dollars?.projection.lowMicros ?? 0) - (complete + (Math.min(...weeks) * 29) / 7))).toBeLessThanOrEqual(0.5);
    expect(Math.abs((dollars?.projection.highMicros ?? 0) - (complete + (Math.max(...weeks) * 29) / 7))).toBeLessThanOrEqual(0.5);
    expect(result.budgets[0]?.projectedMicros).toBe(dollars?.projection.expectedMicros);
    expect(result.budgets[0]?.toDateMicros).toBe(soFar);
  });
});
