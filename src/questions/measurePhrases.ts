/** Reads what to rank people by ("most calls", "longest", "most minutes") and how many to list ("top 5", "the biggest 3"). */
import { MAX_LIMIT_ASKED, type Ranking } from '../domain/viewRequest';
import { findUnread } from './unreadWords';
import type { Span, SubjectFound } from './subjectReading';

const MEASURES: ReadonlyArray<[Ranking, RegExp]> = [
  [
    'calls',
    /\b(?:(?:the\s+)?most\s+(?:dial-?out\s+)?calls|(?:by|per)\s+(?:the\s+)?(?:number\s+of\s+)?calls|(?:number|count)\s+of\s+calls|called\s+(?:the\s+)?most|most\s+frequent(?:\s+callers)?)\b/gi,
  ],
  [
    'minutes',
    /\b(?:(?:the\s+)?most\s+(?:minutes|time)|longest(?:\s+calls?)?|(?:by|per)\s+(?:minutes|duration|time)|on\s+the\s+phone\s+the\s+longest)\b/gi,
  ],
  ['cost', /\b(?:(?:the\s+)?most\s+expensive|(?:by|per)\s+(?:cost|spend|charges?)|(?:spent|spend|cost)\s+the\s+most|highest\s+(?:cost|spend))\b/gi],
];

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const COUNT = String.raw`(?<count>\d{1,9}|${Object.keys(NUMBER_WORDS).join('|')})`;
const LEADERS = String.raw`top|biggest|largest|highest|heaviest|first`;
// "top 5", "the biggest 3", "5 biggest", "top five spenders"; never a count followed by a unit of time ("top 5 days" is no list).
const HOW_MANY = new RegExp(
  String.raw`\b(?:(?:the\s+)?(?:${LEADERS})\s+${COUNT}|${COUNT.replace('count', 'before')}\s+(?:${LEADERS}))\b(?!\s+(?:days?|weeks?|months?|quarters?|years?)\b)`,
  'gi',
);

/**
 * The ranking a question asks for and the words that ask it; undefined when none is named (then: by cost).
 * @example readMeasure('who made the most calls last month', [[26, 36]]) // { value: 'calls', spans: [[9, 24]] }
 */
export function readMeasure(text: string, used: readonly Span[]): SubjectFound<Ranking> | undefined {
  for (const [ranking, pattern] of MEASURES) {
    const found = findUnread(pattern, text, used);
    if (found) return { value: ranking, spans: [found.span] };
  }
  return undefined;
}

/**
 * How many people a question asks to list ("top 5"), as asked (capped at MAX_LIMIT_ASKED; the card shows at most MAX_LISTED);
 * undefined when it names no number. "top 0" asks for nobody and reads as no number.
 * @example readLimit('top 5 spenders last week', [[15, 24]]) // { value: 5, spans: [[0, 5]] }
 */
export function readLimit(text: string, used: readonly Span[]): SubjectFound<number> | undefined {
  const found = findUnread(HOW_MANY, text, used);
  if (!found) return undefined;
  const written = (found.match.groups?.count ?? found.match.groups?.before ?? '').toLowerCase();
  const count = NUMBER_WORDS[written] ?? Number(written);
  if (!Number.isSafeInteger(count) || count < 1) return undefined;
  return { value: Math.min(count, MAX_LIMIT_ASKED), spans: [found.span] };
}
