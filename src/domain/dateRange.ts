/** A range of whole days in one time zone: what every question, report and view is about. */
import type { CalendarDate } from './calendarDate';

/** An inclusive range of whole days in one time zone, as the user meant it. */
export interface DateRange {
  /** First day, inclusive. */
  first: CalendarDate;
  /** Last day, inclusive. */
  last: CalendarDate;
  /** IANA zone the days are read in. */
  timeZone: string;
}

/** The key a range's reads are kept under: the same days in the same zone, the same key. */
export function rangeKey(range: DateRange): string {
  return `${range.first}|${range.last}|${range.timeZone}`;
}
