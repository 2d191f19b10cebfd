import type { DateRange } from '../../src/domain/dateRange';
import { mergeWindows, WindowMerger, type WindowSlices } from '../../src/report/windowSlices';
import { sliceColumnsOf } from '../helpers/sliceColumnsOf';

const RANGE: DateRange = { first: '2026-08-01', last: '2026-10-31', timeZone: 'UTC' };

function window(first: string, last: string, fetchedAt: string, slices: Array<[string, string, 'Domestic' | 'International', number, number]>): WindowSlices {
  return {
    range: { first, last, timeZone: 'UTC' },
    rowCount: slices.length,
    pageCount: 1,
    rowsWithoutCurrency: 0,
    fetchedAt,
    currencies: [
      {
        currency: 'USD',
        rowsWithoutCharge: 0,
        slices: sliceColumnsOf(
          slices.map(([userId, country, destination, calls, chargeMicros]) => ({
            userId,
            userPrincipalName: `${userId}@contoso.example`,
            userDisplayName: `Person ${userId}`,
            country,
            destination,
            calls,
            seconds: calls * 60,
            chargeMicros,
          })),
        ),
      },
    ],
  };
}

// Each person's first window gives their first location and destination: folding out of order would change it.
const AUGUST = window('2026-08-01', '2026-08-31', '2026-09-05T00:00:00.000Z', [['a', 'DE', 'Domestic', 1, 1_000_000]]);
const SEPTEMBER = window('2026-09-01', '2026-09-30', '2026-10-05T00:00:00.000Z', [['a', 'FR', 'International', 2, 3_000_000], ['b', 'US', 'Domestic', 1, 500_000]]);
const OCTOBER = window('2026-10-01', '2026-10-31', '2026-11-05T00:00:00.000Z', [['b', 'GB', 'International', 4, 7_000_000]]);

describe('WindowMerger', () => {
  it('gives the report of the windows in range order whatever order they arrive in', () => {
    const merger = new WindowMerger();
    merger.add(2, OCTOBER);
    merger.add(0, AUGUST);
    merger.add(1, SEPTEMBER);
    const report = merger.finish(RANGE);
    expect(report).toEqual(mergeWindows(RANGE, [AUGUST, SEPTEMBER, OCTOBER]));
    const [usd] = report.currencies;
    expect(usd?.total).toEqual({ calls: 8, seconds: 480, chargeMicros: 11_500_000 });
    expect(usd?.spenders.map(({ userId, firstCountry, chargeMicros }) => [userId, firstCountry, chargeMicros])).toEqual([
      ['b', 'US', 7_500_000],
      ['a', 'DE', 4_000_000],
    ]);
    expect(report.rowCount).toBe(4);
    expect(report.pageCount).toBe(3);
    expect(report.fetchedAt).toBe('2026-11-05T00:00:00.000Z');
  });
});
