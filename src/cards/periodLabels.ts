/** How the periods of a trend are named on cards: short for chart axes, exact for tables. */
import { dateParts, endOfMonth } from '../domain/calendarDate';
import type { Period } from '../report/periods';
import { formatDay } from './format';

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
