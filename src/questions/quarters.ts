/** Calendar quarters: "Q3", "Q3 2025", "2025 Q3", "third quarter of last year", "last quarter", "QTD". */
import { type CalendarDate, dateParts, endOfMonth, toDate } from '../domain/calendarDate';
import { addMonths, startOfMonth } from '../domain/calendarMonths';
import { type Period, type PhraseRule, type Reading, fixed, phrasePattern, word, yearless } from './period';
import { type Step, WHICH, aroundToday, stepOf } from './relativePeriods';
import { YEAR_JOINT, YEAR_SPEC, yearFromSpec } from './years';

/** "first" … "fourth" and "1st" … "4th", in the named group `ord`. */
export const ORDINAL = String.raw`(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)`;
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

/**
 * The quarter a match names, from its `q` digit ("Q3") or its `ord` word ("third").
 * @example quarterNumber(/q(?<q>\d)/i.exec('Q3')!) // 3
 */
export function quarterNumber(match: RegExpExecArray): number {
  return ORDINALS[word(match, 'ord')] ?? Number(word(match, 'q'));
}

/**
 * The three whole months that start on `first` (the first day of a month).
 * @example threeMonthsFrom('2025-07-01') // { first: '2025-07-01', last: '2025-09-30' }
 */
export function threeMonthsFrom(first: CalendarDate): Period {
  return { first, last: endOfMonth(addMonths(first, 2)) };
}

/**
 * The first day of the quarter that `date` falls in, for quarters counted from `startMonth`
 * (1 for calendar quarters, the fiscal start month for fiscal ones).
 * @example quarterStartOf('2026-11-27', 1) // '2026-10-01'
 * @example quarterStartOf('2026-11-27', 7) // '2026-10-01'
 */
function quarterStartOf(date: CalendarDate, startMonth: number): CalendarDate {
  const { month } = dateParts(date);
  return startOfMonth(addMonths(date, -((month - startMonth + 12) % 3)));
}

/**
 * The quarter `step` quarters from the one holding `today`.
 * @example quarterAround('2026-01-15', -1, 1) // { first: '2025-10-01', last: '2025-12-31' }
 */
export function quarterAround(today: CalendarDate, step: Step, startMonth: number): Period {
  return threeMonthsFrom(addMonths(quarterStartOf(today, startMonth), 3 * step));
}

/** Quarter `quarter` of `year`, or of a year still to be chosen. */
function quarterReading(quarter: number, yearSpec: string, today: CalendarDate): Reading {
  if (yearSpec === '') return yearless((year) => threeMonthsFrom(toDate(year, 3 * quarter - 2, 1)));
  return fixed(threeMonthsFrom(toDate(yearFromSpec(yearSpec, today), 3 * quarter - 2, 1)));
}

/** Every calendar-quarter phrase. */
export const quarterRules: PhraseRule[] = [
  {
    pattern: phrasePattern(String.raw`\b${WHICH}\s+(?:calendar\s+)?quarter\b`),
    read: (match, { today }) => {
      const step = stepOf(word(match, 'which'));
      return aroundToday(quarterAround(today, step, 1), step);
    },
  },
  {
    pattern: phrasePattern(String.raw`\b(?:quarter[\s-]+to[\s-]+date|qtd)\b`),
    read: (_match, { today }) => fixed({ first: quarterStartOf(today, 1), last: today }),
  },
  {
    pattern: phrasePattern(String.raw`\bq(?<q>[1-4])(?:(?:${YEAR_JOINT}|[-/])${YEAR_SPEC})?\b`),
    read: (match, { today }) => quarterReading(quarterNumber(match), word(match, 'year'), today),
  },
  {
    pattern: phrasePattern(String.raw`\b(?<year>20\d\d)\s*[-/]?\s*q(?<q>[1-4])\b`),
    read: (match, { today }) => quarterReading(quarterNumber(match), word(match, 'year'), today),
  },
  {
    pattern: phrasePattern(String.raw`\b(?:the\s+)?${ORDINAL}\s+(?:calendar\s+)?quarter(?:${YEAR_JOINT}${YEAR_SPEC})?\b`),
    read: (match, { today }) => quarterReading(quarterNumber(match), word(match, 'year'), today),
  },
  {
    // Only with a year: on its own, "last quarter" is the previous quarter.
    pattern: phrasePattern(String.raw`\b(?:the\s+)?last\s+quarter\s+(?:of|in)\s+${YEAR_SPEC}`),
    read: (match, { today }) => quarterReading(4, word(match, 'year'), today),
  },
];
