/** Two periods compared: exact totals of both, the change, movers, currencies in only one period. */
import type { DateRange } from '../../src/domain/dateRange';
import { comparePeriods } from '../../src/report/periodComparison';
import { currencyReport, report, spender } from '../helpers/reportFixtures';

const Q3: DateRange = { first: '2026-07-01', last: '2026-09-30', timeZone: 'UTC' };
const Q2: DateRange = { first: '2026-04-01', last: '2026-06-30', timeZone: 'UTC' };
const units = (n: number): number => n * 1_000_000;

describe('comparePeriods', () => {
  const q3 = report([currencyReport('USD', [spender(1, units(300)), spender(2, units(200))]), currencyReport('EUR', [spender(7, 1_230_000)])], Q3);
  const q2 = report([currencyReport('USD', [spender(2, units(250)), spender(3, units(80))]), currencyReport('GBP', [spender(8, units(5))])], Q2);
  const comparison = comparePeriods(q3, q2);

  it('keeps both ranges', () => {
    expect(comparison.current).toEqual(Q3);
    expect(comparison.baseline).toEqual(Q2);
  });

  it('gives both exact totals per currency and the change in money and tenths of a percent', () => {
    const usd = comparison.currencies.find((c) => c.currency === 'USD');
    expect(usd?.current.chargeMicros).toBe(units(500));
    expect(usd?.baseline.chargeMicros).toBe(units(330));
    // (500 − 330) / 330 = 51.5151…% → 515 tenths.
    expect(usd?.change).toEqual({ previousMicros: units(330), deltaMicros: units(170), permille: 515 });
  });

  it('lists the biggest movers, someone who stopped spending included', () => {
    const usd = comparison.currencies.find((c) => c.currency === 'USD');
    expect(usd?.movers.map((m) => [m.userDisplayName, m.deltaMicros])).toEqual([
      ['User 1', units(300)],
      ['User 3', -units(80)],
      ['User 2', -units(50)],
    ]);
  });

  it('keeps a currency of only one period, with nothing on the other side (no percentage from nothing)', () => {
    expect(comparison.currencies.map((c) => c.currency)).toEqual(['USD', 'EUR', 'GBP']);
    const eur = comparison.currencies.find((c) => c.currency === 'EUR');
    expect(eur?.baseline.chargeMicros).toBe(0);
    expect(eur?.change.permille).toBeNull();
    const gbp = comparison.currencies.find((c) => c.currency === 'GBP');
    expect(gbp?.current.chargeMicros).toBe(0);
    expect(gbp?.change).toEqual({ previousMicros: units(5), deltaMicros: -units(5), permille: -1000 });
    expect(gbp?.movers.map((m) => m.deltaMicros)).toEqual([-units(5)]);
  });
});
