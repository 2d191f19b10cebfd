/** Splits a date range into the ≤ 90-day windows Graph accepts, and fixes the window boundary convention. */
import { addDays, startOfDayUtc, type CalendarDate } from '../domain/calendarDate';
import type { DateRange } from '../domain/dateRange';

/** Graph refuses ranges longer than this. */
export const MAX_WINDOW_DAYS = 90;
const MAX_WINDOW_MS = MAX_WINDOW_DAYS * 86_400_000;

/** One request's worth of the range: local days `first`–`last` and the instants sent to Graph. */
export interface ReportWindow {
  first: CalendarDate;
  last: CalendarDate;
  fromDateTime: string;
  toDateTime: string;
}

/**
 * The boundary convention, in one place. Graph does not document whether toDateTime is
 * inclusive, so a window runs from the first instant of its first day to the last
 * millisecond before the next window's first instant. Under an inclusive reading nothing is
 * counted twice; under an exclusive reading only that final millisecond is lost — and Graph's
 * report is aggregated by day, so no usage falls there.
 */
function windowBounds(first: CalendarDate, last: CalendarDate, timeZone: string): { from: Date; to: Date } {
  const from = startOfDayUtc(first, timeZone);
  const nextStart = startOfDayUtc(addDays(last, 1), timeZone);
  return { from, to: new Date(nextStart.getTime() - 1) };
}

/**
 * Contiguous, non-overlapping windows of at most 90 days (in absolute time, so a DST change
 * inside a 90-local-day window shortens it by a day) that together cover exactly the range.
 * @example reportWindows({ first: '2026-01-01', last: '2026-07-19', timeZone: 'UTC' }).length // 3
 */
export function reportWindows(range: DateRange): ReportWindow[] {
  const windows: ReportWindow[] = [];
  let first = range.first;
  while (first <= range.last) {
    let last = addDays(first, MAX_WINDOW_DAYS - 1);
    if (last > range.last) last = range.last;
    let bounds = windowBounds(first, last, range.timeZone);
    while (bounds.to.getTime() - bounds.from.getTime() >= MAX_WINDOW_MS) {
      last = addDays(last, -1);
      bounds = windowBounds(first, last, range.timeZone);
    }
    windows.push({ first, last, fromDateTime: bounds.from.toISOString(), toDateTime: bounds.to.toISOString() });
    first = addDays(last, 1);
  }
  return windows;
}
