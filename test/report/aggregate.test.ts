import type { DialoutRow } from '../../src/graph/dialoutRow';
import { chargeText } from '../../src/domain/money';
import { validateDialoutRow } from '../../src/graph/dialoutRowValidation';
import { ReportAggregator } from '../../src/report/aggregate';
import { countriesOf } from '../../src/report/countries';
import type { CurrencyReport, Spender } from '../../src/report/report';
import { slicesOf } from '../../src/report/spenderSlices';
import { dialoutRow } from '../helpers/dialoutRows';

const range = { first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' };

/** Feeds rows one at a time, as the report source does. */
function addRows(aggregator: ReportAggregator, rows: DialoutRow[]): void {
  for (const r of rows) aggregator.addRow(r);
}


describe('ReportAggregator', () => {
  it('keeps currencies apart and merges a person\'s rows across countries, destinations and pages', () => {
    const aggregator = new ReportAggregator();
    addRows(aggregator, [
      dialoutRow({ totalCalls: 2, chargeMicros: 12_830_000, totalCallSeconds: 723 }),
      dialoutRow({ usageLocation: 'GB', destinationContext: 'International', totalCalls: 1, chargeMicros: 5_000_000, totalCallSeconds: 100 }),
      dialoutRow({ userId: 'u2', userPrincipalName: 'b@contoso.com', currency: 'EUR', chargeMicros: 7_000_000 }),
    ]);
    addRows(aggregator, [dialoutRow({ userId: 'u3', userPrincipalName: 'c@contoso.com', chargeMicros: 20_000_000, totalCalls: 4 })]);
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
    for (let i = 0; i < 10_000; i += 1) addRows(aggregator, [dialoutRow({ userId: `u${i % 7}`, chargeMicros: 100_000 })]);
    const report = aggregator.finish(range, { pageCount: 10_000, fetchedAt: new Date() });
    expect(report.currencies[0]?.total.chargeMicros).toBe(1_000_000_000);
    expect(report.currencies[0]?.spenders.reduce((sum, s) => sum + s.chargeMicros, 0)).toBe(1_000_000_000);
  });

  it('ranks ties by calls, then by UPN', () => {
    const aggregator = new ReportAggregator();
    addRows(aggregator, [
      dialoutRow({ userId: 'a', userPrincipalName: 'z@contoso.com' }),
      dialoutRow({ userId: 'b', userPrincipalName: 'a@contoso.com' }),
      dialoutRow({ userId: 'c', userPrincipalName: 'm@contoso.com', totalCalls: 5 }),
    ]);
    const spenders = aggregator.finish(range, { pageCount: 1, fetchedAt: new Date() }).currencies[0]?.spenders;
    expect(spenders?.map((s) => s.userId)).toEqual(['c', 'b', 'a']);
  });

  it('copies what it keeps: one row object refilled for every row gives the same report', () => {
    const rows = [
      dialoutRow({ userId: 'a', userPrincipalName: 'a@contoso.com', userDisplayName: 'A', chargeMicros: 3_000_000 }),
      dialoutRow({ userId: 'b', userPrincipalName: 'b@contoso.com', userDisplayName: 'B', usageLocation: 'GB', currency: 'EUR' }),
      dialoutRow({ userId: 'a', userPrincipalName: 'a@contoso.com', userDisplayName: 'A', usageLocation: 'DE', destinationContext: 'International' }),
    ];
    const fresh = new ReportAggregator();
    addRows(fresh, rows.map((r) => ({ ...r })));
    const reused = new ReportAggregator();
    const scratch = dialoutRow({});
    for (const r of rows) reused.addRow(Object.assign(scratch, r));
    Object.assign(scratch, dialoutRow({ userId: 'x', userPrincipalName: 'changed afterwards' }));
    const meta = { pageCount: 1, fetchedAt: new Date('2026-11-27T00:00:00Z') };
    expect(reused.finish(range, meta)).toEqual(fresh.finish(range, meta));
  });

  it('gives an empty report when there are no rows', () => {
    const report = new ReportAggregator().finish(range, { pageCount: 1, fetchedAt: new Date() });
    expect(report.currencies).toEqual([]);
    expect(report.rowCount).toBe(0);
  });
});

describe('ReportAggregator with the rows real tenants send', () => {
  // The rows are built from raw Graph rows by the real row reader, as the report source does.
  function read(raw: Record<string, unknown>): DialoutRow {
    const base = { userId: 'u1', userPrincipalName: 'a@contoso.com', userDisplayName: 'A', usageLocation: 'US', destinationContext: 'Domestic', currency: 'USD', totalCalls: 1, totalCallSeconds: 60, totalCallCharge: 1 };
    const result = validateDialoutRow({ ...base, ...raw });
    if ('invalidField' in result) throw new Error(result.invalidField);
    return result;
  }

  it('keeps every row and is exact about what is unknown', () => {
    const aggregator = new ReportAggregator();
    addRows(aggregator, [
      read({ destinationContext: null, totalCallCharge: 2 }),
      read({ destinationContext: 'international', totalCallCharge: 3 }),
      read({ usageLocation: null, totalCallCharge: null, totalCalls: 4, totalCallSeconds: 240 }),
      read({ userId: null, userPrincipalName: null, userDisplayName: null, totalCallCharge: 5 }),
      read({ userId: null, userPrincipalName: null, userDisplayName: null, destinationContext: 'Other', totalCallCharge: 1 }),
      read({ currency: null, totalCallCharge: 100 }),
    ]);
    const report = aggregator.finish(range, { pageCount: 1, fetchedAt: new Date() });
    expect(report.rowCount).toBe(6);
    expect(report.rowsWithoutCharge).toBe(1);
    expect(report.rowsWithoutCurrency).toBe(1);
    expect(report.currencies.map((c) => c.currency)).toEqual(['USD', '']);
    const [usd, unknown] = report.currencies;
    expect(usd?.total).toMatchObject({ calls: 8, seconds: 480, chargeMicros: 11_000_000 });
    expect(usd?.domestic).toMatchObject({ calls: 5, chargeMicros: 5_000_000 });
    expect(usd?.international).toMatchObject({ calls: 1, chargeMicros: 3_000_000 });
    expect(usd?.unknownDestination).toMatchObject({ calls: 2, chargeMicros: 3_000_000 });
    expect(usd?.rowsWithoutCharge).toBe(1);
    const nobody = usd?.spenders.find((s) => s.userId === '');
    expect(nobody).toMatchObject({ userDisplayName: 'Unknown person', calls: 2, chargeMicros: 6_000_000 });
    expect(usd?.spenders).toHaveLength(2);
    expect(unknown?.total).toMatchObject({ calls: 1, chargeMicros: 100_000_000 });
    expect(countriesOf(usd as CurrencyReport).map((c) => [c.country, c.total.calls])).toEqual([['US', 4], ['', 4]]);
  });

  it('sums charges of any number of decimals exactly, per person, slice and country too', () => {
    const aggregator = new ReportAggregator();
    addRows(aggregator, [
      read({ totalCallCharge: '0.0000000001' }),
      read({ totalCallCharge: 0.1 }),
      read({ usageLocation: 'GB', totalCallCharge: '0.0049999999' }),
    ]);
    const usd = aggregator.finish(range, { pageCount: 1, fetchedAt: new Date() }).currencies[0] as CurrencyReport;
    expect(chargeText(usd.total)).toBe('0.105000'); // exact: back in micro-units once the extra digits add up to whole micro-units
    const [person] = usd.spenders;
    expect(chargeText(person as Spender)).toBe('0.105000');
    expect(slicesOf(person as Spender).map((s) => [s.country, chargeText(s)])).toEqual([['GB', '0.0049999999'], ['US', '0.1000000001']]);
    expect(countriesOf(usd).map((c) => [c.country, chargeText(c.total)])).toEqual([['US', '0.1000000001'], ['GB', '0.0049999999']]);
  });
});
