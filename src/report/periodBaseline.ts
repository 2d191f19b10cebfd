/** What a period is compared with: the calendar period before it, the same days of the one before, or the days just before. Pure. */
import { addDays, dateParts, daysBetween, endOfMonth, type CalendarDate } from '../domain/calendarDate';
import { addMonths, sameDayMonthsEarlier } from '../domain/calendarMonths';
import type { DateRange } from '../domain/dateRange';

/**
 * How the baseline was chosen:
 * - `months`: the range is whole calendar months (a month, a quarter, a year…): the same number of months just before;
 * - `sameDaysOfYear` / `sameDaysOfMonth` / `sameDaysOfQuarter`: year, month or quarter to date (its first day through
 *   today): the same days of the year, month or quarter before;
 * - `days`: any other range: the range of the same length that ends the day before it begins.
 */
export type BaselineBasis = 'months' | 'sameDaysOfYear' | 'sameDaysOfMonth' | 'sameDaysOfQuarter' | 'days';

export interface PeriodBaseline {
  range: DateRange;
  basis: BaselineBasis;
  /** For `months`: how many whole months the range (and its baseline) covers. */
  months: number;
}

/** The number of whole calendar months `range` covers, or 0 when it does not start on a 1st and end on a month's last day. */
function wholeMonths(range: DateRange): number {
  if (!range.first.endsWith('-01') || range.last !== endOfMonth(range.last)) return 0;
  const first = dateParts(range.first);
  const last = dateParts(range.last);
  return (last.year - first.year) * 12 + last.month - first.month + 1;
}

/** A month, a calendar quarter or a calendar year: named as such ("October 2026", "Q2 2026", "2025"). */
function isCalendarUnit(months: number, firstMonth: number): boolean {
  return months === 1 || (months === 3 && firstMonth % 3 === 1) || (months === 12 && firstMonth === 1);
}

/** The to-date spans a range from a year's, month's or quarter's first day through today may be, in the order they are preferred. */
const TO_DATE: Array<{ basis: BaselineBasis; starts: (first: { month: number; day: number }) => boolean; months: number }> = [
  { basis: 'sameDaysOfYear', starts: ({ month, day }) => month === 1 && day === 1, months: 12 },
  { basis: 'sameDaysOfMonth', starts: ({ day }) => day === 1, months: 1 },
  { basis: 'sameDaysOfQuarter', starts: ({ month, day }) => day === 1 && month % 3 === 1, months: 3 },
];

/**
 * The baseline `range` is compared with, as of `today` (the asker's day in the range's zone). A month is set
 * against the month before (Mar 1–31 against Feb 1–28), a quarter against the quarter before, a year against
 * the year before; a year, month or quarter so far against the same days of the one before (Jan 1 – Feb 29, 2028
 * against Jan 1 – Feb 28, 2027); any other range against the range of the same length just before it.
 * A calendar month, quarter or year is named as such even when it ends today; other whole months that end today
 * (Jan 1 – Feb 29, "this year") are a span to date. A span to date that is ambiguous (Jan 1–5 is year, month
 * and quarter to date) is taken as the year's.
 * @example periodBaseline({ first: '2026-11-01', last: '2026-11-30', timeZone: 'UTC' }, '2026-12-04').range // 2026-10-01 – 2026-10-31
 * @example periodBaseline({ first: '2026-01-01', last: '2026-12-04', timeZone: 'UTC' }, '2026-12-04').range // 2025-01-01 – 2025-12-04
 */
export function periodBaseline(range: DateRange, today: CalendarDate): PeriodBaseline {
  const { timeZone } = range;
  const first = dateParts(range.first);
  const months = wholeMonths(range);
  const monthsBefore: PeriodBaseline = { range: { first: addMonths(range.first, -months), last: endOfMonth(addMonths(range.first, -1)), timeZone }, basis: 'months', months };
  if (isCalendarUnit(months, first.month)) return monthsBefore;
  const sameSpan = (months: number): boolean => range.last <= endOfMonth(addMonths(range.first, months - 1));
  const toDate = range.last === today ? TO_DATE.find((span) => span.starts(first) && sameSpan(span.months)) : undefined;
  if (toDate) {
    const baseline = { first: addMonths(range.first, -toDate.months), last: sameDayMonthsEarlier(range.last, toDate.months), timeZone };
    return { range: baseline, basis: toDate.basis, months: 0 };
  }
  if (months > 0) return monthsBefore;
  const days = daysBetween(range.first, range.last) + 1;
  return { range: { first: addDays(range.first, -days), last: addDays(range.first, -1), timeZone }, basis: 'days', months: 0 };
}
