/** Text that tries to name a date but names none ("13/1", "October 32", "Q5", "H1", "the 32nd"): never guessed, always refused. */
import { MONTH_WORD } from './monthNames';
import { type PhraseRule, phrasePattern } from './period';

const UNREADABLE: PhraseRule['read'] = () => ({ kind: 'unreadable' });

/**
 * Shapes of dates. A readable date of the same length wins over these (see `findPeriodPhrases`),
 * so they only catch what no reader accepted: "13/1", "3.10.2025", "2025-13-01", "Feb 30".
 */
export const unreadableDateRules: PhraseRule[] = [
  {
    pattern: phrasePattern(
      String.raw`(?<![\w/-]|\d\.)(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|20\d\d[/.-]\d{1,2}(?:[/.-]\d{1,2})?|\d{1,2}/\d{1,2})(?![\w/]|[.-]\d)`,
    ),
    read: UNREADABLE,
  },
  {
    pattern: phrasePattern(String.raw`\b${MONTH_WORD}\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b`),
    read: UNREADABLE,
  },
  {
    pattern: phrasePattern(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_WORD}`),
    read: UNREADABLE,
  },
  {
    pattern: phrasePattern(String.raw`\bq(?:[05-9]|\d{2,})\b`),
    read: UNREADABLE,
  },
  {
    // Halves are not read yet; refusing them keeps "H1 2026" from being read as all of 2026.
    pattern: phrasePattern(String.raw`\bh[12]\b|\b(?:first|second|1st|2nd|last|this)\s+half\b|\bhalf[\s-]+year\b`),
    read: UNREADABLE,
  },
];

const DATE_WORDS =
  /\b(?:\d{1,3}(?:st|nd|rd|th)|q\d+|fy\w*|fiscal|quarters?|months?|weeks?|weekends?|years?|days?|hours?|[wmqy]td|since|between|until|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/**
 * True when a message with no readable period still speaks of dates ("Febtember 45th",
 * "per month"): it gets "I couldn't read the period" rather than "which period?".
 * @example looksLikeADate('Febtember 45th') // true
 * @example looksLikeADate('top spenders') // false
 */
export function looksLikeADate(text: string): boolean {
  return DATE_WORDS.test(text);
}
