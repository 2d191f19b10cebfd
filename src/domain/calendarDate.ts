/** Whole calendar days ("YYYY-MM-DD") and their relation to instants in an IANA time zone. */

/** A calendar day written as ISO `YYYY-MM-DD`, with no time zone attached. */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Splits a calendar date into numbers; throws on anything that is not a real day. */
export function dateParts(date: CalendarDate): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (toDate(year, month, day) !== date) throw new RangeError(`not a calendar date: ${date}`);
  return { year, month, day };
}

/** Builds a calendar date from year, month (1–12) and day; out-of-range parts roll over like `Date.UTC`. */
export function toDate(year: number, month: number, day: number): CalendarDate {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** True when `read` accepts what it is given (returns instead of throwing). */
function accepts(read: () => unknown): boolean {
  try {
    read();
    return true;
  } catch {
    return false;
  }
}

/** True when `text` is a real `YYYY-MM-DD` day. */
export function isCalendarDate(text: string): boolean {
  return accepts(() => dateParts(text));
}

/**
 * Adds whole days.
 * @example addDays('2026-02-27', 2) // '2026-03-01'
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Number of days from `from` to `to` (0 when equal, negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The last day of the month that `date` falls in. */
export function endOfMonth(date: CalendarDate): CalendarDate {
  const { year, month } = dateParts(date);
  return toDate(year, month + 1, 0);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CalendarDate): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  return accepts(() => formatterFor(timeZone));
}

function wallClock(instant: number, timeZone: string): { date: CalendarDate; msOfDay: number } {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) parts[part.type] = part.value;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const msOfDay = ((Number(parts.hour) * 60 + Number(parts.minute)) * 60 + Number(parts.second)) * 1000;
  return { date, msOfDay };
}

/** The calendar day that the instant `now` falls on in `timeZone`. */
export function todayIn(now: Date, timeZone: string): CalendarDate {
  return wallClock(now.getTime(), timeZone).date;
}

/**
 * The UTC instant at which `date` begins in `timeZone` (local midnight, or the first
 * moment of the day where a DST change skips midnight).
 */
export function startOfDayUtc(date: CalendarDate, timeZone: string): Date {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  let guess = midnightUtc;
  // Two corrections converge for every real zone: the offset can only change once near a day start.
  for (let i = 0; i < 3; i += 1) {
    const seen = wallClock(guess, timeZone);
    const seenMs = Date.parse(`${seen.date}T00:00:00Z`) + seen.msOfDay;
    const drift = seenMs - midnightUtc;
    if (drift === 0) break;
    guess -= drift;
  }
  const landed = wallClock(guess, timeZone);
  if (landed.date !== date) {
    // Midnight does not exist on this day (DST jump at 00:00): the day starts at the jump.
    guess += DAY_MS - landed.msOfDay;
  }
  return new Date(guess);
}
