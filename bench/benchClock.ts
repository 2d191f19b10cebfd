/** The benchmark's fixed "now" and the date ranges it asks for, so every run reads the same data. */
import { addDays } from '../src/domain/calendarDate';
import type { DateRange } from '../src/domain/dateRange';

/** The data's clock: the demo tenant has usage for days before this one. */
export const BENCH_NOW = new Date('2026-11-27T10:00:00Z');

/** The last day with data. */
const YESTERDAY = '2026-11-26';

/** "Last year" as a question reads it: 365 days, five windows (4 × 90 days + 5 days). */
export const ONE_YEAR: DateRange = { first: '2025-11-01', last: '2026-10-31', timeZone: 'UTC' };

/** The `days` days through yesterday. */
export function lastDays(days: number): DateRange {
  return { first: addDays(YESTERDAY, -(days - 1)), last: YESTERDAY, timeZone: 'UTC' };
}
