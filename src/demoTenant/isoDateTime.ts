/** Reads the report's DateTimeOffset parameters the way Graph's URL parser accepts them. */

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:?\d{2}))?$/i;

/** An instant in epoch milliseconds, with whether digits beyond the millisecond were non-zero. */
export interface ParsedInstant {
  ms: number;
  belowMs: boolean;
}

/**
 * Parses a date (`2022-11-01`, midnight UTC) or a timestamp with `Z` or an offset and up
 * to 7 fractional digits (`2022-11-01T00:00:00.0000000+05:30`, `+0530`); null for anything else,
 * including a timestamp without a zone, which would be ambiguous.
 */
export function parseDateTimeOffset(text: string): ParsedInstant | null {
  const match = DATE_TIME.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const numbers = [year, month, day, hour ?? '0', minute ?? '0', second ?? '0'].map(Number);
  const [y, mo, d, h, mi, s] = numbers as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years below 100 as written.
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, 0);
  if (date.getUTCDate() !== d) return null; // 2023-02-30 rolled over: not a real day

  const digits = (fraction ?? '').padEnd(7, '0');
  const ms = Number(digits.slice(0, 3));
  const belowMs = Number(digits.slice(3)) > 0;
  const offsetMs = zone === undefined ? 0 : zoneOffsetMs(zone);
  if (offsetMs === null) return null;
  return { ms: date.getTime() + ms - offsetMs, belowMs };
}

function zoneOffsetMs(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(-2));
  if (hours > 14 || minutes > 59 || (hours === 14 && minutes > 0)) return null;
  return sign * (hours * 60 + minutes) * 60_000;
}
