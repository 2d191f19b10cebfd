import type { DialoutRow } from '../../src/graph/dialoutRow';
import { ReportAggregator } from '../../src/report/aggregate';

const range = { first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' };

/** Feeds rows one at a time, as the report source does. */
function addRows(aggregator: ReportAggregator, rows: DialoutRow[]): void {
  for (const r of rows) aggregator.addRow(r);
}

function row(overrides: Partial<DialoutRow>): DialoutRow {
  return {
    userId: 'u1',
    userPrincipalName: 'ruwini.perera@contoso.com',
    userDisplayName: 'Ruwini Perera',
    usageLocation: 'US',
    destinationContext: 'Domestic',
    currency: 'USD',
    totalCalls: 1,
    chargeMicros: 1_000_000,
    totalCallSeconds: 60,
    ...overrides,
  };
}

describe('ReportAggregator', () => {
  it('keeps currencies apart and merges a person\'s rows across countries, destinations and pages', () => {
    const aggregator = new ReportAggregator();
    addRows(aggregator, [
      row({ totalCalls: 2, chargeMicros: 12_830_000, totalCallSeconds: 723 }),
      row({ usageLocation: 'GB', destinationContext: 'International', totalCalls: 1, chargeMicros: 5_000_000, totalCallSeconds: 100 }),
      row({ userId: 'u2', userPrincipalName: 'b@contoso.com', currency: 'EUR', chargeMicros: 7_000_000 }),
    ]);
    addRows(aggregator, [row({ userId: 'u3', userPrincipalName: 'c@contoso.com', chargeMicros: 20_000_000, totalCalls: 4 })]);
    const report = aggregator.finish(range, { pageCount: 2, fetchedAt: new Date('2026-11-27T00:00:00Z') });

    expect(report.rowCount).toBe(4);
    expect(report.currencies.map((c) => c.currency)).toEqual(['USD', 'EUR']);
    const usd = report.currencies[0];
    expect(usd?.total).toEqual({ calls: 7, seconds: 723 + 100 + 60, chargeMicros: 37_830_000 });
    expect(usd?.domestic).toEqual({ calls: 6, seconds: 783, chargeMicros: 32_830_000 });
    expect(usd?.international).toEqual({ calls: 1, seconds: 100, chargeMicros: 5_000_000 });
    expect(usd?.spenders.map((s) => [s.userId, s.chargeMicros, s.calls, s.countries])).toEqual([
      ['u3', 20_000_000, 4, ['US']],
      ['u1', 17_830_000, 3, ['GB', 'US']],
    ]);
    expect(report.currencies[1]?.total.chargeMicros).toBe(7_000_000);
  });

  it('sums 0.1 ten thousand times to exactly 1000.00', () => {
    const aggregator = new ReportAggregator();
    for (let i = 0; i < 10_000; i += 1) addRows(aggregator, [row({ userId: `u${i % 7}`, chargeMicros: 100_000 })]);
    const report = aggregator.finish(range, { pageCount: 10_000, fetchedAt: new Date() });
    expect(report.currencies[0]?.total.chargeMicros).toBe(1_000_000_000);
    expect(report.currencies[0]?.spenders.reduce((sum, s) => sum + s.chargeMicros, 0)).toBe(1_000_000_000);
  });

  it('ranks ties by calls, then by UPN', () => {
    const aggregator = new ReportAggregator();
    addRows(aggregator, [
      row({ userId: 'a', userPrincipalName: 'z@contoso.com' }),
      row({ userId: 'b', userPrincipalName: 'a@contoso.com' }),
      row({ userId: 'c', userPrincipalName: 'm@contoso.com', totalCalls: 5 }),
    ]);
    const spenders = aggregator.finish(range, { pageCount: 1, fetchedAt: new Date() }).currencies[0]?.spenders;
    expect(spenders?.map((s) => s.userId)).toEqual(['c', 'b', 'a']);
  });

  it('copies what it keeps: one row object refilled for every row gives the same report', () => {
    const rows = [
      row({ userId: 'a', userPrincipalName: 'a@contoso.com', userDisplayName: 'A', chargeMicros: 3_000_000 }),
      row({ userId: 'b', userPrincipalName: 'b@contoso.com', userDisplayName: 'B', usageLocation: 'GB', currency: 'EUR' }),
      row({ userId: 'a', userPrincipalName: 'a@contoso.com', userDisplayName: 'A', usageLocation: 'DE', destinationContext: 'International' }),
    ];
    const fresh = new ReportAggregator();
    addRows(fresh, rows.map((r) => ({ ...r })));
    const reused = new ReportAggregator();
    const scratch = row({});
    for (const r of rows) reused.addRow(Object.assign(scratch, r));
    Object.assign(scratch, row({ userId: 'x', userPrincipalName: 'changed afterwards' }));
    const meta = { pageCount: 1, fetchedAt: new Date('2026-11-27T00:00:00Z') };
    expect(reused.finish(range, meta)).toEqual(fresh.finish(range, meta));
  });

  it('gives an empty report when there are no rows', () => {
    const report = new ReportAggregator().finish(range, { pageCount: 1, fetchedAt: new Date() });
    expect(report.currencies).toEqual([]);
    expect(report.rowCount).toBe(0);
  });
});
