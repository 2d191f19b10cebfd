/** Splits a range into the periods a trend is drawn over: calendar months, or weeks for ranges under two months. Pure. */
import { addDays, endOfMonth, isoWeekday, type CalendarDate } from '../domain/calendarDate';
import { addMonths } from '../domain/calendarMonths';
import type { DateRange } from '../domain/dateRange';

export type Granularity = 'month' | 'week';

/** One period of a range, cut to the range at both ends. */
export interface Period {
  range: DateRange;
  granularity: Granularity;
}

/**
 * Months when the range spans at least two months from its first day (1 Oct – 30 Nov does; the last
 * 30 days do not), else ISO weeks (Monday to Sunday).
 * @example granularityOf({ first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' }) // 'week'
 */
export function granularityOf(range: DateRange): Granularity {
  return range.last >= addDays(addMonths(range.first, 2), -1) ? 'month' : 'week';
}

function periodEnd(first: CalendarDate, granularity: Granularity): CalendarDate {
  return granularity === 'month' ? endOfMonth(first) : addDays(first, 7 - isoWeekday(first));
}

/**
 * The range's periods in order; together they cover it exactly, each at most a month (so one Graph window).
 * @example periodsOf({ first: '2026-08-15', last: '2026-10-31', timeZone: 'UTC' }).map((p) => p.range.first) // ['2026-08-15', '2026-09-01', '2026-10-01']
 */
export function periodsOf(range: DateRange): Period[] {
  const granularity = granularityOf(range);
  const periods: Period[] = [];
  for (let first = range.first; first <= range.last; ) {
    const end = periodEnd(first, granularity);
    const last = end < range.last ? end : range.last;
    periods.push({ range: { first, last, timeZone: range.timeZone }, granularity });
    first = addDays(last, 1);
  }
  return periods;
}

