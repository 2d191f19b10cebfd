/** Splits a date range into windows Graph accepts (≤ 89 days), fixes the window boundary convention, and halves a refused window. */
import { addDays, daysBetween, startOfDayUtc, type CalendarDate } from '../domain/calendarDate';
import type { DateRange } from '../domain/dateRange';

/**
 * Graph refuses ranges over 90 days, without saying whether it counts dates or instants (tenants
 * report 406 for ranges just over): one day less is safe under either reading.
 */
export const MAX_WINDOW_DAYS = 89;
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

function windowOf(first: CalendarDate, last: CalendarDate, timeZone: string): ReportWindow {
  const bounds = windowBounds(first, last, timeZone);
  return { first, last, fromDateTime: bounds.from.toISOString(), toDateTime: bounds.to.toISOString() };
}

/**
 * Contiguous, non-overlapping windows of at most 89 days (in absolute time, so a DST change
 * inside an 89-local-day window shortens it by a day) that together cover exactly the range.
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
    windows.push(windowOf(first, last, range.timeZone));
    first = addDays(last, 1);
  }
  return windows;
}

/**
 * The window's two halves (the first one the longer by a day when the days are odd), or undefined
 * for a one-day window, which cannot be halved.
 * @example halveWindow(window of 2026-01-01…2026-03-30, 'UTC') // windows of 2026-01-01…2026-02-14 and 2026-02-15…2026-03-30
 */
export function halveWindow(window: ReportWindow, timeZone: string): [ReportWindow, ReportWindow] | undefined {
  const days = daysBetween(window.first, window.last) + 1;
  if (days < 2) return undefined;
  const middle = addDays(window.first, Math.ceil(days / 2) - 1);
  return [windowOf(window.first, middle, timeZone), windowOf(addDays(middle, 1), window.last, timeZone)];
}
