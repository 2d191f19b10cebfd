/** What a card says when its range holds today or yesterday: Graph's dial-out report lags 24–48 hours, so those days are probably incomplete. */
import { addDays, todayIn, type CalendarDate } from '../domain/calendarDate';
import type { DateRange } from '../domain/dateRange';
import { formatDay } from './format';

/**
 * The note for `range` read at `fetchedAt` (an ISO instant), naming the days of the range that were today or
 * yesterday then, in the range's time zone; '' when it holds neither.
 * @example latencyNote({ first: '2026-12-01', last: '2026-12-04', timeZone: 'UTC' }, '2026-12-04T10:00:00Z', 'en-US')
 * // 'Microsoft Graph reports dial-out usage 24–48 hours late, so the figures for Dec 3, 2026 and Dec 4, 2026 are probably incomplete.'
 */
export function latencyNote(range: DateRange, fetchedAt: string, locale: string): string {
  const today = todayIn(new Date(fetchedAt), range.timeZone);
  const recent: CalendarDate[] = [addDays(today, -1), today].filter((day) => day >= range.first && day <= range.last);
  if (recent.length === 0) return '';
  const days = recent.map((day) => formatDay(day, locale)).join(' and ');
  return `Microsoft Graph reports dial-out usage 24–48 hours late, so the figures for ${days} are probably incomplete.`;
}
