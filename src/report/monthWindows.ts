/** How the report service cuts a range into windows that questions share: whole calendar months, and when a window is final. */
import { addDays, endOfMonth, startOfDayUtc } from '../domain/calendarDate';
import type { DateRange } from '../domain/dateRange';

/**
 * The range cut at calendar month boundaries in its own time zone: whole months, with the partial
 * months at either end as windows of their own. "October", "Q3", "this year" and the monthly summary
 * thus read the same month windows. A month is at most 31 days, well within Graph's 89-day window.
 * @example monthWindows({ first: '2026-10-15', last: '2026-12-10', timeZone: 'UTC' }).map((w) => `${w.first}…${w.last}`)
 *   // ['2026-10-15…2026-10-31', '2026-11-01…2026-11-30', '2026-12-01…2026-12-10']
 */
export function monthWindows(range: DateRange): DateRange[] {
  const windows: DateRange[] = [];
  for (let first = range.first; first <= range.last; ) {
    const monthEnd = endOfMonth(first);
    const last = monthEnd < range.last ? monthEnd : range.last;
    windows.push({ first, last, timeZone: range.timeZone });
    first = addDays(last, 1);
  }
  return windows;
}

/**
 * True when the window's last day ended more than `closedAfterHours` before `now`: Graph's report
 * lags 24–48 hours, so after that a window's rows no longer change and may be kept for good.
 * @example isClosedWindow({ first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' }, new Date('2026-11-04T00:00:01Z'), 72) // true
 */
export function isClosedWindow(window: DateRange, now: Date, closedAfterHours: number): boolean {
  const ended = startOfDayUtc(addDays(window.last, 1), window.timeZone).getTime();
  return now.getTime() - ended > closedAfterHours * 3_600_000;
}
