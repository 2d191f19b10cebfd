/** Whether a trend's period (a month or a week) is whole: all its days in the range, none still arriving. Pure. */
import { addDays, daysBetween, endOfMonth, isoWeekday, type CalendarDate } from '../domain/calendarDate';
import { startOfMonth } from '../domain/calendarMonths';
import { INCOMPLETE_DAYS } from './forecast';
import type { Period } from './periods';

/** How much of a period's calendar month or week its figures cover. */
export interface PeriodCompleteness {
  /** Days of the period's calendar month or week inside the range, through today. */
  days: number;
  /** Days of its calendar month or week. */
  of: number;
  /** Of `days`, those within the report's 24–48 h latency (today and yesterday): still arriving. */
  arriving: number;
}

/** The whole calendar month or ISO week (Monday–Sunday) a period was cut from. */
function calendarSpan(period: Period): { first: CalendarDate; last: CalendarDate } {
  const { first } = period.range;
  if (period.granularity === 'month') return { first: startOfMonth(first), last: endOfMonth(first) };
  const monday = addDays(first, 1 - isoWeekday(first));
  return { first: monday, last: addDays(monday, 6) };
}

function daysFrom(first: CalendarDate, last: CalendarDate): number {
  return last < first ? 0 : daysBetween(first, last) + 1;
}

/**
 * The period's coverage as of `today`; undefined when it is whole (every day of its month or week is in the
 * range, and none is today or yesterday). A partial period's figure is never compared as if it were whole.
 * @example periodCompleteness({ range: { first: '2026-12-01', last: '2026-12-04', timeZone: 'UTC' }, granularity: 'month' }, '2026-12-04')
 * // { days: 4, of: 31, arriving: 2 }
 */
export function periodCompleteness(period: Period, today: CalendarDate): PeriodCompleteness | undefined {
  const span = calendarSpan(period);
  const last = period.range.last < today ? period.range.last : today;
  const days = daysFrom(period.range.first, last);
  const of = daysFrom(span.first, span.last);
  const firstArriving = addDays(today, 1 - INCOMPLETE_DAYS);
  const arriving = daysFrom(period.range.first > firstArriving ? period.range.first : firstArriving, last);
  return days === of && arriving === 0 ? undefined : { days, of, arriving };
}
