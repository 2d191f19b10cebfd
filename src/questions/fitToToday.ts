/** Turns a period into the range to report: refuses future, reversed and over-long periods, cuts what lies after today. */
import { type CalendarDate, daysBetween } from '../domain/calendarDate';
import type { Period } from './period';
import { futurePeriod, reversedPeriod, tooLongPeriod } from './problemMessages';
import type { AskedPeriod } from '../domain/viewRequest';
import type { RangeProblem, ReadingContext } from './question';

/**
 * The period to report for `period` as of `today`, or the problem that prevents it. The length
 * limit applies to the days that will be reported, after the cut at today: "since 2025"
 * is fine in late 2026 even though 2025–2026 would be two whole years.
 * @example
 * fitToToday({ first: '2026-11-01', last: '2026-11-30' }, 'this month', '2026-11-27', context)
 * // { range: { first: '2026-11-01', last: '2026-11-27', … }, phrase: 'this month', clippedToToday: true }
 */
export function fitToToday(
  period: Period,
  phrase: string,
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
  return { range: { first: period.first, last, timeZone }, phrase, clippedToToday };
}
