/** Month steps on calendar days: the first of a month and "the same day N months away". */
import { type CalendarDate, dateParts, endOfMonth, toDate } from './calendarDate';

/**
 * The first day of the month that `date` falls in.
 * @example startOfMonth('2026-11-27') // '2026-11-01'
 */
export function startOfMonth(date: CalendarDate): CalendarDate {
  const { year, month } = dateParts(date);
  return toDate(year, month, 1);
}

/**
 * The same day of the month `months` months later (negative: earlier). A day the target
 * month lacks becomes its last day, so a step never spills into the month after.
 * @example addMonths('2026-05-31', -3) // '2026-02-28'
 * @example addMonths('2028-03-31', -1) // '2028-02-29'
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = dateParts(date);
  const lastDayOfTarget = dateParts(toDate(year, month + months + 1, 0)).day;
  return toDate(year, month + months, Math.min(day, lastDayOfTarget));
}

/**
 * The same day `months` months earlier, where a month's last day stays its month's last day (so the
 * same days of another month or year cover it whole): Feb 29 a year earlier is Feb 28, and Feb 28, 2029
 * a year earlier is Feb 29, 2028.
 * @example sameDayMonthsEarlier('2026-11-30', 1) // '2026-10-31'
 * @example sameDayMonthsEarlier('2028-02-29', 12) // '2027-02-28'
 */
export function sameDayMonthsEarlier(date: CalendarDate, months: number): CalendarDate {
  const shifted = addMonths(date, -months);
  return date === endOfMonth(date) ? endOfMonth(shifted) : shifted;
}
