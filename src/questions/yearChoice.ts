/** Chooses the year of a yearless term ("October", "Q3", "Oct 3"), alone or as one end of a range. */
import { type CalendarDate, endOfMonth } from '../domain/calendarDate';
import { startOfMonth } from '../domain/calendarMonths';
import { type Period, type Term, yearOf } from './period';

// Feb 29 is the rarest yearless day: leap years are at most eight years apart (2096 → 2104).
const SEARCH_YEARS = 8;

/**
 * The latest period of `term` that starts on or before `bound`.
 * @example latestStartingBy(october, '2026-11-27') // { first: '2026-10-01', last: '2026-10-31' }
 * @example latestStartingBy(december, '2026-11-27') // { first: '2025-12-01', last: '2025-12-31' }
 */
export function latestStartingBy(term: Term, bound: CalendarDate): Period | undefined {
  if (term.kind === 'fixed') return term.period;
  // One year ahead first: a fiscal year named 2027 can already have started in 2026.
  for (let year = yearOf(bound) + 1; year >= yearOf(bound) - SEARCH_YEARS; year -= 1) {
    const period = term.inYear(year);
    if (period && period.first <= bound) return period;
  }
  return undefined;
}

function earliestStartingFrom(term: Term, bound: CalendarDate): Period | undefined {
  if (term.kind === 'fixed') return term.period;
  for (let year = yearOf(bound) - 1; year <= yearOf(bound) + SEARCH_YEARS; year += 1) {
    const period = term.inYear(year);
    if (period && period.first >= bound) return period;
  }
  return undefined;
}

/**
 * The days from the start of `from` through the end of `to`. A yearless start is the latest
 * one that has begun, and a yearless end the first one that does not begin before the
 * start's month, so "Nov 15 to Jan 10" asked in February crosses New Year while
 * "Oct 10 to Oct 3" stays in one year and is reported as reversed. A yearless start before
 * a dated end is the latest one that begins by the end of the end's month ("Dec 1 to 2026-01-10").
 * @example rangeOf(november15, january10, '2026-02-10') // { first: '2025-11-15', last: '2026-01-10' }
 */
export function rangeOf(from: Term, to: Term, today: CalendarDate): Period | undefined {
  if (from.kind === 'yearless' && to.kind === 'fixed') {
    const start = latestStartingBy(from, endOfMonth(to.period.last));
    return start && { first: start.first, last: to.period.last };
  }
  const start = latestStartingBy(from, today);
  const end = start && earliestStartingFrom(to, startOfMonth(start.first));
  return start && end && { first: start.first, last: end.last };
}
