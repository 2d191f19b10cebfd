/** A range's report period by period (months or weeks): totals per currency and each person's spend per period. Pure. */
import type { DateRange } from '../domain/dateRange';
import { remembered } from '../domain/remembered';
import type { Granularity, Period } from './periods';
import type { Report, Usage } from './report';

/** One currency in one period. */
export interface PeriodCurrency {
  total: Usage;
  domestic: Usage;
  international: Usage;
}

export interface PeriodFigures {
  range: DateRange;
  /** By ISO 4217 code; a currency without usage in the period is absent. */
  currencies: Map<string, PeriodCurrency>;
}

export interface PeriodicReport {
  range: DateRange;
  granularity: Granularity;
  periods: PeriodFigures[];
  /**
   * By currency, then lower-case user id: the person's charge (micro-units) in each period, in the
   * order of `periods`. One number per period keeps this small even for many people and periods.
   */
  people: Map<string, Map<string, Float64Array>>;
}

/**
 * Folds the reports of `periods` (same order) into a periodic report, keeping per person only the
 * charge per period.
 * @example periodicReport(range, periods, await Promise.all(periods.map((p) => read(p.range))))
 */
export function periodicReport(range: DateRange, periods: Period[], reports: Report[]): PeriodicReport {
  const people = new Map<string, Map<string, Float64Array>>();
  const figures = reports.map((report, index): PeriodFigures => {
    const currencies = new Map<string, PeriodCurrency>();
    for (const currency of report.currencies) {
      currencies.set(currency.currency, { total: currency.total, domestic: currency.domestic, international: currency.international });
      const series = remembered(people, currency.currency, () => new Map<string, Float64Array>());
      for (const spender of currency.spenders) {
        remembered(series, spender.userId.toLowerCase(), () => new Float64Array(periods.length))[index] = spender.chargeMicros;
      }
    }
    return { range: report.range, currencies };
  });
  return { range, granularity: periods[0]?.granularity ?? 'month', periods: figures, people };
}
