/** The periods of a trend as cards show them: axis label, table label (with "partial (4 of 31 days)"), figures of one currency. */
import type { CalendarDate } from '../domain/calendarDate';
import { periodCompleteness, type PeriodCompleteness } from '../report/periodCompleteness';
import type { PeriodCurrency, PeriodicReport } from '../report/periodicReport';
import type { Granularity } from '../report/periods';
import { periodAxisLabel, partialText, periodText } from './periodLabels';

export interface TrendPeriod {
  /** "Oct 2026", "5 Oct": the chart's x value. */
  axis: string;
  /** The exact days, and for a partial period what it covers: "Dec 2026 · partial (4 of 31 days)". */
  text: string;
  /** Set when the period's figure covers only part of it: drawn apart, never compared as a whole period. */
  partial: PeriodCompleteness | undefined;
  /** The currency's figures in the period; undefined when it had none. */
  figures: PeriodCurrency | undefined;
}

/**
 * The periods of `periodic` in `currency`, as of `today` (the asker's day in the range's zone).
 * @example trendPeriods(periodic, 'USD', '2026-12-04', 'en-US').at(-1)?.text // 'Dec 1, 2026 – Dec 4, 2026 · partial (4 of 31 days; the last 2 days still arriving)'
 */
export function trendPeriods(periodic: PeriodicReport, currency: string, today: CalendarDate, locale: string): TrendPeriod[] {
  const { granularity } = periodic;
  return periodic.periods.map(({ range, currencies }) => {
    const period = { range, granularity };
    const partial = periodCompleteness(period, today);
    const text = periodText(period, locale);
    return {
      axis: periodAxisLabel(period, locale),
      text: partial ? `${text} · ${partialText(partial, locale)}` : text,
      partial,
      figures: currencies.get(currency),
    };
  });
}

/**
 * The line under a trend chart that names its partial periods, or '' when every period is whole.
 * @example partialNote(periods, 'month') // 'Partial: Dec 1, 2026 – Dec 4, 2026 · partial (4 of 31 days). Drawn lighter and not comparable with a whole month.'
 */
export function partialNote(periods: TrendPeriod[], granularity: Granularity): string {
  const partial = periods.filter((p) => p.partial !== undefined).map((p) => p.text);
  if (partial.length === 0) return '';
  return `${partial.join('; ')}. Drawn lighter: not comparable with a whole ${granularity}.`;
}
