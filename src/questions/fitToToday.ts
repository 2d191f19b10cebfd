/** Turns a period into the range to report: refuses future, reversed and over-long periods, cuts what lies after today. */
import { type CalendarDate, daysBetween } from '../domain/calendarDate';
import { futurePeriod, reversedPeriod, tooLongPeriod } from './problemMessages';
import type { AskedPeriod } from '../domain/viewRequest';
import type { RangeProblem, ReadingContext } from './question';
import type { PeriodRead } from './readPeriod';

/**
 * The period to report for the period read as of `today`, or the problem that prevents it. The length
 * limit applies to the days that will be reported, after the cut at today: "since 2025"
 * is fine in late 2026 even though 2025–2026 would be two whole years. A period cut at today is said to
 * have reached past today only when the words asked for later days ("Q4" in November), not when they
 * mean the period so far ("this month").
 * @example
 * fitToToday({ period: { first: '2026-11-01', last: '2026-11-30' }, phrase: 'this month', soFar: true }, '2026-11-27', context)
 * // { range: { first: '2026-11-01', last: '2026-11-27', … }, phrase: 'this month', clippedToToday: true, reachedPastToday: false }
 */
export function fitToToday(
  { period, phrase, soFar }: PeriodRead,
  today: CalendarDate,
  { timeZone, maxRangeDays }: Pick<ReadingContext, 'timeZone' | 'maxRangeDays'>,
): AskedPeriod | { problem: RangeProblem } {
  // Future first: "since next month" ends today and so also looks reversed, but the future is the real trouble.
  if (period.first > today) return { problem: futurePeriod(phrase, period) };
  if (period.last < period.first) return { problem: reversedPeriod(phrase, period) };
  const clippedToToday = period.last > today;
  const last = clippedToToday ? today : period.last;
  const days = daysBetween(period.first, last) + 1;
  if (days > maxRangeDays) return { problem: tooLongPeriod(phrase, days, maxRangeDays) };
  return { range: { first: period.first, last, timeZone }, phrase, clippedToToday, reachedPastToday: clippedToToday && !soFar };
}
