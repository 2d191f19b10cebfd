/** Calendar months ("YYYY-MM") as the monthly summary names them, and the day ranges they cover in a time zone. */
import { endOfMonth, todayIn } from '../domain/calendarDate';
import type { DateRange } from '../domain/dateRange';

/** A calendar month written `YYYY-MM`. */
export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True when `text` is a month written `YYYY-MM` (years 2000–2999). */
export function isMonth(text: unknown): text is Month {
  return typeof text === 'string' && MONTH.test(text) && text >= '2000-01' && text < '3000-01';
}

/**
 * The month `months` months after `month` (negative: before).
 * @example addToMonth('2026-01', -1) // '2025-12'
 */
export function addToMonth(month: Month, months: number): Month {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (number - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month the instant falls in, in `timeZone`. */
export function monthAt(instant: Date, timeZone: string): Month {
  return todayIn(instant, timeZone).slice(0, 7);
}

/**
 * The month a summary posted at `instant` is about: the last whole month before it, in `timeZone`.
 * @example summarisedMonth(new Date('2026-11-01T08:00:00Z'), 'Europe/Berlin') // '2026-10'
 */
export function summarisedMonth(instant: Date, timeZone: string): Month {
  return addToMonth(monthAt(instant, timeZone), -1);
}

/**
 * The whole month as a range of days in `timeZone`.
 * @example monthRange('2026-02', 'UTC') // { first: '2026-02-01', last: '2026-02-28', timeZone: 'UTC' }
 */
export function monthRange(month: Month, timeZone: string): DateRange {
  const first = `${month}-01`;
  return { first, last: endOfMonth(first), timeZone };
}
