/** Reads the view a question asks for: a trend, usage locations, destinations, a person's calls, an export, the monthly summary. */
import type { View } from '../domain/viewRequest';
import { findUnread } from './unreadWords';
import type { Span, SubjectFound } from './subjectReading';

/** The views a question can name; without one, the report (or the person's card when a person is named). */
export type AskedView = Extract<View, 'trend' | 'countries' | 'destinations' | 'calls' | 'export' | 'summary'>;

const VIEW_WORDS: ReadonlyArray<[AskedView, RegExp]> = [
  ['summary', /\b(?:(?:the\s+)?(?:monthly\s+)?summary|summari[sz]e|recap)\b/gi],
  ['export', /\b(?:export(?:ed)?|download|csv|spreadsheet|excel(?:\s+file)?)\b/gi],
  [
    'destinations',
    /\b(?:domestic\s+(?:vs\.?|versus|against|and|or|compared\s+(?:to|with))\s+international|international\s+(?:vs\.?|versus|against|and|or|compared\s+(?:to|with))\s+domestic|(?:by|per)\s+destinations?|destinations?\s+(?:breakdown|split)|split\s+by\s+destination)\b/gi,
  ],
  [
    'countries',
    /\b(?:(?:by|per|for\s+each|each)\s+(?:usage\s+)?(?:country|countries|locations?)|(?:country|location)\s+(?:breakdown|split)|which\s+(?:countries|locations))\b/gi,
  ],
  [
    'trend',
    /\b(?:trends?|trending|over\s+time|month\s+by\s+month|week\s+by\s+week|day\s+by\s+day|(?:by|per|each)\s+(?:month|week|day)|monthly|weekly|daily|history)\b/gi,
  ],
  ['calls', /\b(?:calls\s+(?:of|by|made\s+by|from)|call\s+(?:list|log|history|details)|list\s+of\s+calls|(?:each|every|individual|all)\s+(?:of\s+(?:the|their|his|her)\s+)?calls)\b/gi],
];

/**
 * The view a question names and the words that name it; undefined when it names none.
 * @example readView('calls of Nadia last month', [[15, 25]]) // { value: 'calls', spans: [[0, 8]] }
 */
export function readView(text: string, used: readonly Span[]): SubjectFound<AskedView> | undefined {
  for (const [view, pattern] of VIEW_WORDS) {
    // Every phrase naming the view is read: "download a CSV" names the export twice.
    const spans: Span[] = [];
    for (let found = findUnread(pattern, text, used); found; found = findUnread(pattern, text, [...used, ...spans])) spans.push(found.span);
    if (spans.length > 0) return { value: view, spans };
  }
  return undefined;
}
