/** Years in questions: "2025", "calendar year 2025", and the year part of "Q3 2025" or "October of last year". */
import { toDate } from '../domain/calendarDate';
import { type Period, type PhraseRule, fixed, phrasePattern, word, yearOf } from './period';

/**
 * A year written after a month or quarter, in the named group `year`: "2025", "'25", "last year",
 * "this calendar year". Callers put their own separator in front.
 */
export const YEAR_SPEC = String.raw`(?<year>20\d\d|['’]\d\d|(?:last|previous|prior|this|current)\s+(?:calendar\s+)?year)\b`;

/** How a month or quarter is joined to its year: "Oct 2025", "Q3, 2025", "October of last year". */
export const YEAR_JOINT = String.raw`(?:\s*,\s*|\s+of\s+|\s+in\s+|\s+)`;

/**
 * The year that a `YEAR_SPEC` match names, seen from `today`.
 * @example yearFromSpec('last year', '2026-11-27') // 2025
 * @example yearFromSpec("'25", '2026-11-27') // 2025
 */
export function yearFromSpec(spec: string, today: string): number {
  if (/^\d+$/.test(spec)) return Number(spec);
  if (/^['’]\d\d$/.test(spec)) return 2000 + Number(spec.slice(1));
  return /^(?:last|previous|prior)/i.test(spec) ? yearOf(today) - 1 : yearOf(today);
}

/**
 * January 1 through December 31 of `year`.
 * @example wholeYear(2025) // { first: '2025-01-01', last: '2025-12-31' }
 */
export function wholeYear(year: number): Period {
  return { first: toDate(year, 1, 1), last: toDate(year, 12, 31) };
}

// Counts and amounts that happen to look like years: "2025 calls", "$2025", "top 2025".
const NOT_A_YEAR_AFTER = /^\s*(?:calls?|minutes?|mins?|seconds?|secs?|users?|people|persons?|spenders?|dollars?|euros?|pounds?|usd|eur|gbp|inr|rows?|times|%)/i;
const NOT_A_YEAR_BEFORE = /(?:\btop|[$€£¥#])\s*$/i;

/** "2025", "in 2025", "calendar year 2025", "CY2025": that whole calendar year. */
export const yearRules: PhraseRule[] = [
  {
    pattern: phrasePattern(String.raw`(?:\b(?:calendar\s+year|cy)\s*|(?<![\w.,/:]))(?<year>20\d\d)(?![\w/:]|[.,]\d)`),
    read: (match) => {
      const before = match.input.slice(0, match.index);
      const after = match.input.slice(match.index + match[0].length);
      if (NOT_A_YEAR_BEFORE.test(before) || NOT_A_YEAR_AFTER.test(after)) return undefined;
      return fixed(wholeYear(Number(word(match, 'year'))));
    },
  },
];
