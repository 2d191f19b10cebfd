/** Month steps on calendar days: the first of a month and "the same day N months away". */
import { type CalendarDate, dateParts, toDate } from './calendarDate';

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
