/** Reads the view a question asks for: a trend, usage locations, destinations, a person's calls, an export or the chargeback file, the monthly summary. */
import type { View } from '../domain/viewRequest';
import { findUnread } from './unreadWords';
import type { Span, SubjectFound } from './subjectReading';

/** The views a question can name; without one, the report (or the person's card when a person is named). */
export type AskedView = Extract<View, 'trend' | 'countries' | 'destinations' | 'calls' | 'export' | 'chargeback' | 'summary'>;

/** Words that ask for a file. */
const EXPORT_WORDS = String.raw`export(?:ed)?|download|csv|spreadsheet|excel(?:\s+file)?`;

const VIEW_WORDS: ReadonlyArray<[AskedView, RegExp]> = [
  ['summary', /\b(?:(?:the\s+)?(?:monthly\s+)?summary|summari[sz]e|recap)\b/gi],
  // "export chargeback", "chargeback csv", "download the chargeback file": the file words belong to the chargeback.
  ['chargeback', new RegExp(String.raw`\b(?:(?:${EXPORT_WORDS})\s+(?:(?:a|the|our)\s+)?)?charge[-\s]?backs?(?:\s+(?:${EXPORT_WORDS}|file|report))?\b`, 'gi')],
  ['export', new RegExp(String.raw`\b(?:${EXPORT_WORDS})\b`, 'gi')],
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

/** Words after "calls from/by" that name the callers as a group or a place, not one person: "calls by people in France". */
const NOT_A_PERSON = /^\s*(?:people|users|staff|everyone|anyone|employees|the\b|our\b|all\b)/i;

/**
 * "calls from Germany" or "calls by people in France" narrows the report; only "calls of/by/from" followed by
 * words no other reader used ("calls of Nadia") asks for one person's calls.
 */
function namesCaller(view: AskedView, text: string, span: Span, used: readonly Span[]): boolean {
  if (view !== 'calls' || !/\b(?:of|by|from)$/i.test(text.slice(span[0], span[1]))) return true;
  const rest = text.slice(span[1]);
  const next = span[1] + (rest.length - rest.trimStart().length);
  return !NOT_A_PERSON.test(rest) && !used.some(([start, end]) => next >= start && next < end);
}

/**
 * The view a question names and the words that name it; undefined when it names none.
 * @example readView('calls of Nadia last month', [[15, 25]]) // { value: 'calls', spans: [[0, 8]] }
 */
export function readView(text: string, used: readonly Span[]): SubjectFound<AskedView> | undefined {
  for (const [view, pattern] of VIEW_WORDS) {
    // Every phrase naming the view is read: "download a CSV" names the export twice.
    const spans: Span[] = [];
    const skipped: Span[] = [];
    for (let found = findUnread(pattern, text, used); found; found = findUnread(pattern, text, [...used, ...spans, ...skipped])) {
      if (namesCaller(view, text, found.span, used)) spans.push(found.span);
      else skipped.push(found.span);
    }
    if (spans.length > 0) return { value: view, spans };
  }
  return undefined;
}
