/** What a card says when its period reaches back past the shortest time Microsoft keeps call records. */
import { addDays, todayIn, type CalendarDate } from '../domain/calendarDate';
import { formatDay } from './format';

/**
 * Microsoft keeps PSTN call records for 150 days to about two years, depending on the user's
 * country (its retention notes for call records): older days may hold only part of the calls.
 */
export const SHORTEST_RETENTION_DAYS = 150;

/**
 * The note for a period starting on `first`, read at `fetchedAt` (an ISO instant) in `timeZone`;
 * '' when the period lies within the shortest retention.
 * @example retentionNote('2025-01-01', '2026-11-27T10:00:00Z', 'UTC', 'en-US') // 'Microsoft keeps call records … before Jun 30, 2026 may be incomplete.'
 */
export function retentionNote(first: CalendarDate, fetchedAt: string, timeZone: string, locale: string): string {
  const kept = addDays(todayIn(new Date(fetchedAt), timeZone), -SHORTEST_RETENTION_DAYS);
  if (first >= kept) return '';
  return `Microsoft keeps call records for ${SHORTEST_RETENTION_DAYS} days to about two years, depending on each person's country: figures before ${formatDay(kept, locale)} may be incomplete.`;
}
