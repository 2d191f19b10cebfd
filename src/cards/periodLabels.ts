/** How the periods of a trend and their baselines are named on cards: short for chart axes, exact for tables, whole or partial. */
import { dateParts, daysBetween, endOfMonth } from '../domain/calendarDate';
import type { PeriodBaseline } from '../report/periodBaseline';
import type { PeriodCompleteness } from '../report/periodCompleteness';
import type { Period } from '../report/periods';
import { formatCount, formatDay } from './format';
import { monthLabel } from './summaryCard';
import { rangeText } from './viewHeader';

function utc(day: string): number {
  const { year, month, day: d } = dateParts(day);
  return Date.UTC(year, month - 1, d);
}

function monthName(period: Pick<Period, 'range'>, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utc(period.range.first));
}

/**
 * A chart axis label: "Oct 2026" for a month, the first day ("5 Oct") for a week.
 * @example periodAxisLabel({ range: { first: '2026-10-05', last: '2026-10-11', timeZone: 'UTC' }, granularity: 'week' }, 'en-GB') // '5 Oct'
 */
export function periodAxisLabel(period: Pick<Period, 'range' | 'granularity'>, locale: string): string {
  if (period.granularity === 'month') return monthName(period, locale);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(utc(period.range.first));
}

/**
 * A table label that says exactly which days: "Oct 2026" for a whole month, else first – last day.
 * @example periodText({ range: { first: '2026-10-05', last: '2026-10-11', timeZone: 'UTC' }, granularity: 'week' }, 'en-GB') // '5 Oct 2026 – 11 Oct 2026'
 */
export function periodText(period: Pick<Period, 'range' | 'granularity'>, locale: string): string {
  const { first, last } = period.range;
  const wholeMonth = period.granularity === 'month' && first.endsWith('-01') && last === endOfMonth(first);
  if (wholeMonth) return monthName(period, locale);
  return first === last ? formatDay(first, locale) : `${formatDay(first, locale)} – ${formatDay(last, locale)}`;
}

/**
 * What a partial period's figure covers: "partial (4 of 31 days)", and the days still arriving within the report's latency.
 * @example partialText({ days: 4, of: 31, arriving: 2 }, 'en-US') // 'partial (4 of 31 days; the last 2 still arriving)'
 */
export function partialText(completeness: PeriodCompleteness, locale: string): string {
  const { days, of, arriving } = completeness;
  const covered = days === of ? '' : `${formatCount(days, locale)} of ${formatCount(of, locale)} days`;
  const still = arriving === 0 ? '' : arriving === 1 ? 'the last day still arriving' : `the last ${formatCount(arriving, locale)} days still arriving`;
  return `partial (${[covered, still].filter((part) => part !== '').join('; ')})`;
}

/**
 * What a period is compared with, for a card's header: "October 2026", "Q2 2026", "2025", "the same days of 2025 (…)",
 * "the previous 30 days (…)".
 * @example baselineText(periodBaseline({ first: '2026-11-01', last: '2026-11-30', timeZone: 'UTC' }, '2026-12-04'), 'en-US') // 'October 2026'
 */
export function baselineText(baseline: PeriodBaseline, locale: string): string {
  const { range } = baseline;
  const { year, month } = dateParts(range.first);
  const quarter = `Q${Math.ceil(month / 3)} ${year}`;
  const days = `(${rangeText(range, locale)})`;
  switch (baseline.basis) {
    case 'months':
      if (baseline.months === 1) return monthLabel(range.first, locale);
      if (baseline.months === 3 && month % 3 === 1) return quarter;
      if (baseline.months === 12 && month === 1) return String(year);
      return `the previous ${formatCount(baseline.months, locale)} months ${days}`;
    case 'sameDaysOfYear':
      return `the same days of ${year} ${days}`;
    case 'sameDaysOfQuarter':
      return `the same days of ${quarter} ${days}`;
    case 'sameDaysOfMonth':
      return `the same days of ${monthLabel(range.first, locale)} ${days}`;
    case 'days':
      return `the previous ${formatCount(daysBetween(range.first, range.last) + 1, locale)} days ${days}`;
  }
}
