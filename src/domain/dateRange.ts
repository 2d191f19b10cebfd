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
