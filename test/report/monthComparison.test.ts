/** Month comparisons: changes, movers, the International spike and the budget, exactly. */
import { changePermille, compareMonths, type ComparisonSettings } from '../../src/report/monthComparison';
import type { DateRange } from '../../src/domain/dateRange';
import { currencyReport, report, spender } from '../helpers/reportFixtures';

const OCTOBER: DateRange = { first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' };
const SEPTEMBER: DateRange = { first: '2026-09-01', last: '2026-09-30', timeZone: 'UTC' };
const OCTOBER_2025: DateRange = { first: '2025-10-01', last: '2025-10-31', timeZone: 'UTC' };
const SETTINGS: ComparisonSettings = { budgets: [], internationalSpikePercent: 50 };
const USD = (units: number): number => units * 1_000_000;

/** October: A 300, B 200, C 100 (USD, 70% domestic); September: A 100, B 250, D 80. */
const october = report([currencyReport('USD', [spender(1, USD(300)), spender(2, USD(200)), spender(3, USD(100))])], OCTOBER);
const september = report([currencyReport('USD', [spender(2, USD(250)), spender(1, USD(100)), spender(4, USD(80))])], SEPTEMBER);

describe('compareMonths', () => {
  it('compares each currency with the month before and the same month last year', () => {
    const lastYear = report([currencyReport('USD', [spender(1, USD(400))])], OCTOBER_2025);
    const [usd] = compareMonths({ month: october, previous: september, lastYear }, SETTINGS).currencies;
    expect(usd?.vsPrevious).toEqual({ previousMicros: USD(430), deltaMicros: USD(170), permille: 395 });
    expect(usd?.vsLastYear).toEqual({ previousMicros: USD(400), deltaMicros: USD(200), permille: 500 });
  });

  it('says "no data" (undefined) where a comparison month has no rows at all, and "from nothing" for a new currency', () => {
    const euroOnly = report([currencyReport('EUR', [spender(9, USD(5))])], SEPTEMBER);
    const comparison = compareMonths({ month: october, previous: euroOnly, lastYear: report([], OCTOBER_2025) }, SETTINGS);
    expect(comparison.currencies[0]?.vsLastYear).toBeUndefined();
    expect(comparison.lastYearRange).toBeUndefined();
    expect(comparison.currencies[0]?.vsPrevious).toEqual({ previousMicros: 0, deltaMicros: USD(600), permille: null });
  });

  it('lists the top 5 spenders and the biggest movers, including people who stopped spending', () => {
    const many = report([currencyReport('USD', [1, 2, 3, 4, 5, 6, 7].map((i) => spender(i, USD(100 - i))))], OCTOBER);
    expect(compareMonths({ month: many, previous: undefined, lastYear: undefined }, SETTINGS).currencies[0]?.topSpenders.map((s) => s.userDisplayName)).toEqual([
      'User 1',
      'User 2',
      'User 3',
      'User 4',
      'User 5',
    ]);
    const movers = compareMonths({ month: october, previous: september, lastYear: undefined }, SETTINGS).currencies[0]?.movers;
    // A +200, C +100 (new), D −80 (stopped), B −50: the three largest changes.
    expect(movers?.map((m) => [m.userDisplayName, m.deltaMicros])).toEqual([
      ['User 1', USD(200)],
      ['User 3', USD(100)],
      ['User 4', -USD(80)],
    ]);
    expect(movers?.[2]).toMatchObject({ previousMicros: USD(80), currentMicros: 0 });
  });

  it('has no movers without a previous month', () => {
    expect(compareMonths({ month: october, previous: undefined, lastYear: undefined }, SETTINGS).currencies[0]?.movers).toEqual([]);
  });

  it.each([
    [50, true],
    [100, true],
    [200, false],
  ])('with a %i%% threshold, International growth of 200%% is flagged: %p', (percent, flagged) => {
    const quiet = report([currencyReport('USD', [spender(1, USD(100))], 70)], SEPTEMBER); // international 30
    const loud = report([currencyReport('USD', [spender(1, USD(300))], 70)], OCTOBER); // international 90
    const spike = compareMonths({ month: loud, previous: quiet, lastYear: undefined }, { budgets: [], internationalSpikePercent: percent }).currencies[0]?.internationalSpike;
    expect(spike !== undefined).toBe(flagged);
    if (spike) expect(spike).toEqual({ previousMicros: USD(30), deltaMicros: USD(60), permille: 2000 });
  });

  it('does not flag International spend that appears from nothing (no percentage exists)', () => {
    const domesticOnly = report([currencyReport('USD', [spender(1, USD(100))], 100)], SEPTEMBER);
    expect(compareMonths({ month: october, previous: domesticOnly, lastYear: undefined }, SETTINGS).currencies[0]?.internationalSpike).toBeUndefined();
  });

  it('says when the month is over budget, in the budget currency only', () => {
    const over = compareMonths({ month: october, previous: undefined, lastYear: undefined }, { budgets: [{ currency: 'USD', amountMicros: USD(500) }], internationalSpikePercent: 50 });
    expect(over.overBudget).toEqual({ currency: 'USD', budgetMicros: USD(500), spentMicros: USD(600), overMicros: USD(100) });
    const exact = compareMonths({ month: october, previous: undefined, lastYear: undefined }, { budgets: [{ currency: 'USD', amountMicros: USD(600) }], internationalSpikePercent: 50 });
    expect(exact.overBudget).toBeUndefined();
    const euro = compareMonths({ month: october, previous: undefined, lastYear: undefined }, { budgets: [{ currency: 'EUR', amountMicros: 1 }], internationalSpikePercent: 50 });
    expect(euro.overBudget).toBeUndefined();
  });
});

describe('changePermille', () => {
  it.each([
    [1_500_000, 1_000_000, 500],
    [500_000, 1_000_000, -500],
    [1_000_500, 1_000_000, 1],
    [999_500, 1_000_000, -1],
    [2, 3, -333],
    [1, 0, null],
    [9_000_000_000_000, 3_000_000_000_000, 2000],
  ])('%p against %p is %p tenths of a percent', (current, previous, expected) => {
    expect(changePermille(current, previous)).toBe(expected);
  });
});
