/**
 * Which UTC days a report request covers. Each day's usage is stamped at 12:00:00Z of
 * that day: a request [fromDateTime, toDateTime] (both inclusive) holds day d exactly when
 * fromDateTime <= d@12:00Z <= toDateTime. Noon is chosen because the local calendar day d
 * of every zone from UTC−12:00 up to (not including) UTC+12:00 contains d@12:00Z, so a
 * question about local days gets whole synthetic days; zones at UTC+12:00 and beyond see
 * each day one local day early. Contiguous windows that do not share an instant therefore
 * add up exactly to their union.
 */

export const DAY_MS = 86_400_000;
const NOON_MS = 43_200_000;

/** An inclusive span of UTC days, counted from 1970-01-01 (day 0). Empty when last < first. */
export interface DaySpan {
  first: number;
  last: number;
}

/** The days whose noon lies in [fromMs, toMs], clipped to the days the tenant has data for. */
export function daysCovered(fromMs: number, toMs: number, available: DaySpan): DaySpan {
  return {
    first: Math.max(Math.ceil((fromMs - NOON_MS) / DAY_MS), available.first),
    last: Math.min(Math.floor((toMs - NOON_MS) / DAY_MS), available.last),
  };
}

/** Data exists from the same calendar day `years` (default two) years before `now` through yesterday (UTC). */
export function daysWithData(now: Date, years = 2): DaySpan {
  const today = Math.floor(now.getTime() / DAY_MS);
  const start = Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate());
  return { first: Math.floor(start / DAY_MS), last: today - 1 };
}
