/** Whole months by name or number: "October", "Oct 2025", "October of last year", "last October", "2025-10", "10/2025". */
import { type CalendarDate, dateParts, endOfMonth, toDate } from '../domain/calendarDate';
import { type Period, type PhraseRule, type Reading, fixed, phrasePattern, word, yearless } from './period';
import { WHICH } from './relativePeriods';
import { YEAR_JOINT, YEAR_SPEC, yearFromSpec } from './years';

/** A month's name or its abbreviation ("sep", "sept", "sept."), in the named group `month`. */
export const MONTH_WORD = String.raw`(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?`;

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The number (1–12) of a month name or abbreviation.
 * @example monthNumber('Sept') // 9
 */
function monthNumber(name: string): number {
  return MONTH_PREFIXES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * The whole month `month` of `year`.
 * @example wholeMonth(2028, 2) // { first: '2028-02-01', last: '2028-02-29' }
 */
function wholeMonth(year: number, month: number): Period {
  const first = toDate(year, month, 1);
  return { first, last: endOfMonth(first) };
}

// "May" is also a verb ("May I see…"): alone, it is a month only after a word that introduces a period.
const BEFORE_A_MONTH = /\b(?:in|for|during|since|from|of|to|through|thru|until|till|between|and|over)\s+$/i;
const BEFORE_AN_END = /^\s*(?:to|through|thru|until|till|-|–|—)\s/;

function isPlainlyMonth(match: RegExpExecArray): boolean {
  if (word(match, 'month') !== 'may' || word(match, 'which') !== '' || word(match, 'year') !== '') return true;
  const before = match.input.slice(0, match.index);
  const after = match.input.slice(match.index + match[0].length);
  return BEFORE_A_MONTH.test(before) || BEFORE_AN_END.test(after);
}

/**
 * "last October" is the latest October that has ended, "this October" the one of this
 * year, "next October" the first that is still to come. "this December" in December is this month,
 * meant through today like "this month" (its later days were never asked for); "December" alone names
 * the calendar month, as "December 2026" and "Q4" do.
 */
function monthNearToday(month: number, which: string, today: CalendarDate): Reading {
  const { year, month: current } = dateParts(today);
  if (which === 'next') return fixed(wholeMonth(month > current ? year : year + 1, month));
  if (which === 'this' || which === 'current') return { kind: 'term', term: { kind: 'fixed', period: wholeMonth(year, month), soFar: month === current } };
  return fixed(wholeMonth(month < current ? year : year - 1, month));
}

/** Every month-name phrase. */
export const monthRules: PhraseRule[] = [
  {
    pattern: phrasePattern(String.raw`\b(?:${WHICH}\s+)?${MONTH_WORD}(?:(?:${YEAR_JOINT}|-)${YEAR_SPEC})?`),
    read: (match, { today }) => {
      if (!isPlainlyMonth(match)) return undefined;
      const month = monthNumber(word(match, 'month'));
      const which = word(match, 'which');
      const yearSpec = word(match, 'year');
      if (which !== '' && yearSpec !== '') return { kind: 'unreadable' };
      if (which !== '') return monthNearToday(month, which, today);
      if (yearSpec !== '') return fixed(wholeMonth(yearFromSpec(yearSpec, today), month));
      return yearless((year) => wholeMonth(year, month));
    },
  },
  {
    pattern: phrasePattern(String.raw`\b(?<year>20\d\d)-(?<number>0[1-9]|1[0-2])\b(?!-\d)`),
    read: (match) => fixed(wholeMonth(Number(word(match, 'year')), Number(word(match, 'number')))),
  },
  {
    // A four-digit year leaves no doubt that "11/2026" is a month, unlike "11/20".
    pattern: phrasePattern(String.raw`(?<![\d/])(?<number>0?[1-9]|1[0-2])/(?<year>20\d\d)\b(?!/)`),
    read: (match) => fixed(wholeMonth(Number(word(match, 'year')), Number(word(match, 'number')))),
  },
];
