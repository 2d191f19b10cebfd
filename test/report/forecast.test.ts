/** The forecast: which days it reads, the projection and its range, exactly, and the budget. */
import type { DateRange } from '../../src/domain/dateRange';
import { forecast, forecastWindows, projectCharge } from '../../src/report/forecast';
import type { Report } from '../../src/report/report';
import { currencyReport, report, spender } from '../helpers/reportFixtures';

const DECEMBER: DateRange = { first: '2026-12-01', last: '2026-12-31', timeZone: 'Europe/Berlin' };
const units = (n: number): number => n * 1_000_000;
const range = (first: string, last: string): DateRange => ({ first, last, timeZone: 'Europe/Berlin' });

function usd(charge: number, r: DateRange): Report {
  return report(charge === 0 ? [] : [currencyReport('USD', [spender(1, charge)])], r);
}

describe('forecastWindows', () => {
  it('reads the period to today, its complete days (all but today and yesterday) and the four weeks before those', () => {
    const windows = forecastWindows(DECEMBER, '2026-12-10');
    expect(windows.toDate).toEqual(range('2026-12-01', '2026-12-10'));
    expect(windows.complete).toEqual(range('2026-12-01', '2026-12-08'));
    expect(windows.weeks).toEqual([
      range('2026-11-11', '2026-11-17'),
      range('2026-11-18', '2026-11-24'),
      range('2026-11-25', '2026-12-01'),
      range('2026-12-02', '2026-12-08'),
    ]);
  });

  it('has no complete days on the 1st and 2nd of the month', () => {
    expect(forecastWindows(DECEMBER, '2026-12-02').complete).toBeUndefined();
    expect(forecastWindows(DECEMBER, '2026-12-03').complete).toEqual(range('2026-12-01', '2026-12-01'));
  });
});

describe('projectCharge', () => {
  it('adds the 28-day run rate for the remaining days, rounded half up to the micro-unit, and the slowest and fastest week', () => {
    // 28 days cost 100 units: 3.571428…/day; × 23 days = 82.142857… → 82.142857; weeks 10 and 40 give the range.
    expect(projectCharge(units(50), [units(10), units(20), units(30), units(40)], 23)).toEqual({
      expectedMicros: units(50) + 82_142_857,
      lowMicros: units(50) + 32_857_143,
      highMicros: units(50) + 131_428_571,
    });
  });

  it('stays exact for amounts far past a double’s exact products', () => {
    const week = 9_000_000_000_000_000 / 4;
    expect(projectCharge(0, [week, week, week, week], 7).expectedMicros).toBe(2_250_000_000_000_000);
  });
});

describe('forecast', () => {
  const today = '2026-12-10';
  const windows = forecastWindows(DECEMBER, today);
  const reports = {
    toDate: usd(units(99), windows.toDate),
    complete: usd(units(80), windows.complete as DateRange),
    weeks: windows.weeks.map((w, i) => usd(units(70 + 7 * i), w)),
  };

  it('shows the reported month to date exactly and projects from the complete days', () => {
    const result = forecast(DECEMBER, today, reports, []);
    expect(result.projectedDays).toBe(23); // Dec 9 through Dec 31
    const [dollars] = result.currencies;
    expect(dollars?.toDate.chargeMicros).toBe(units(99));
    expect(dollars?.completeMicros).toBe(units(80));
    // Weeks 70, 77, 84, 91 = 322 over 28 days = 11.5/day; × 23 = 264.5.
    expect(dollars?.dailyRateMicros).toBe(11_500_000);
    expect(dollars?.projection).toEqual({ expectedMicros: units(80) + 264_500_000, lowMicros: units(80) + units(230), highMicros: units(80) + units(299) });
    expect(result.budgets).toEqual([]);
  });

  it('compares the projection with the budget, times three for a quarter', () => {
    const month = forecast(DECEMBER, today, reports, [{ currency: 'USD', amountMicros: units(300) }]);
    expect(month.budgets).toEqual([{ currency: 'USD', budgetMicros: units(300), months: 1, toDateMicros: units(99), projectedMicros: 344_500_000, overMicros: 44_500_000 }]);
    const quarter = forecast(range('2026-10-01', '2026-12-31'), today, reports, [{ currency: 'USD', amountMicros: units(300) }]);
    expect(quarter.budgets[0]?.budgetMicros).toBe(units(900));
    expect(quarter.budgets[0]?.months).toBe(3);
  });

  it('projects a currency that has a run rate but nothing reported yet this period', () => {
    const result = forecast(DECEMBER, today, { ...reports, toDate: usd(0, windows.toDate), complete: undefined }, []);
    expect(result.currencies.map((c) => c.currency)).toEqual(['USD']);
    expect(result.currencies[0]?.toDate.chargeMicros).toBe(0);
    expect(result.currencies[0]?.completeMicros).toBe(0);
  });
});
