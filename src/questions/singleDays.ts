/** Days written as dates ("Oct 3", "3rd of October", "10/3", "2026-10-03") and day spans ("oct 1-3"), read by chrono-node. */
import * as chrono from 'chrono-node';
import { dateParts, toDate } from '../domain/calendarDate';
import type { Found, Period, Term } from './period';

/**
 * chrono is asked only for what is written: day, month and a written year. The year of a
 * yearless day is chosen by our rules (the latest one that is not in the future), not by
 * chrono's "closest year". A fixed reference therefore loses nothing, keeps chrono off the
 * clock and the machine's time zone, and, being in a leap year, lets it accept "Feb 29".
 */
const CHRONO_REFERENCE = new Date(2024, 0, 1, 12);

// Only chrono's parsers of calendar days: its time parser would read "Dec 1 to 2026-01-10"
// as the times "1 to 20:26", and relative phrases are ours. Ranges are joined by our own rules
// (explicitRanges.ts) because chrono's merging silently swaps a reversed "2026-10-10 to 2026-10-03".
const DAY_PARSERS = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
]);
const dayReader = new chrono.Chrono({
  parsers: chrono.strict.parsers.filter((parser) => DAY_PARSERS.has(parser.constructor.name)),
  refiners: chrono.strict.refiners.filter((refiner) => refiner.constructor.name !== 'ENMergeDateRangeRefiner'),
});

// chrono reads "13/1" as January 13 and "3.10.2025" as March 10; questions are read as US
// month/day, and the other numeric forms are too ambiguous to guess (they come back unreadable).
const DAY_FIRST_SLASH = /(?<!\d)(?:1[3-9]|[23]\d)\/\d{1,2}/;
const DOTTED_OR_DASHED_DAY = /\d\.\d|(?<![\d-])\d{1,2}-\d{1,2}-\d{2,4}(?!\d)/;
// chrono leaves out the year in "October 3rd of 2025" and "Oct 3 in 2025".
const TRAILING_YEAR = /^\s+(?:of|in)\s+(20\d\d)(?!\d)/i;

function dayIn(year: number, month: number, day: number): Period | undefined {
  const date = toDate(year, month, day);
  return dateParts(date).day === day ? { first: date, last: date } : undefined;
}

function dayTerm(components: chrono.ParsedComponents, writtenYear: number | undefined): Term {
  const month = components.get('month') ?? 0;
  const day = components.get('day') ?? 0;
  const year = components.isCertain('year') ? (components.get('year') ?? undefined) : writtenYear;
  if (year === undefined) return { kind: 'yearless', inYear: (candidate) => dayIn(candidate, month, day) };
  const date = toDate(year, month, day);
  return { kind: 'fixed', period: { first: date, last: date } };
}

// chrono leaves `end` null (not undefined, as its types say) when a result is a single day.
function isWholeDay(components: chrono.ParsedComponents | undefined): boolean {
  return !components || (components.isCertain('day') && components.isCertain('month'));
}

// chrono reads "Oct 3 be" as the Buddhist-era year 3, that is -540: only four-digit years are dates here.
function hasPlainYear(components: chrono.ParsedComponents | undefined): boolean {
  const year = components?.isCertain('year') ? components.get('year') : null;
  return year === null || (year >= 1000 && year <= 9999);
}

/**
 * Every day written as a date in `text`, and the spans chrono reads as one ("oct 1-3",
 * "5 to 7 October").
 * @example findWrittenDays('since Oct 3') // [{ start: 6, end: 11, reading: { kind: 'term', … } }]
 */
export function findWrittenDays(text: string): Found[] {
  const found: Found[] = [];
  for (const result of dayReader.parse(text, CHRONO_REFERENCE)) {
    if (!isWholeDay(result.start) || !isWholeDay(result.end) || !hasPlainYear(result.start) || !hasPlainYear(result.end)) continue;
    if (DAY_FIRST_SLASH.test(result.text) || DOTTED_OR_DASHED_DAY.test(result.text)) continue;
    let end = result.index + result.text.trimEnd().length;
    const trailingYear = result.end ? null : TRAILING_YEAR.exec(text.slice(end));
    if (trailingYear) end += trailingYear[0].length;
    const from = dayTerm(result.start, trailingYear ? Number(trailingYear[1]) : undefined);
    found.push({
      start: result.index,
      end,
      reading: result.end ? { kind: 'span', from, to: dayTerm(result.end, undefined) } : { kind: 'term', term: from },
    });
  }
  return found;
}
