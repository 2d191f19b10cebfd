/** Reads the one destination a question narrows to: "international", "abroad", "overseas" or "domestic", "national", "local". */
import type { Destination } from '../domain/viewRequest';
import type { Span, SubjectFound } from './subjectReading';

const PATTERNS: Record<Destination, RegExp> = {
  International: /\b(?:international(?:ly)?|abroad|overseas|foreign|cross[\s-]?border|to\s+(?:other|another|foreign)\s+countr(?:y|ies)|outside\s+the\s+country)\b/gi,
  // "local time" and "local currency" are not about where calls went.
  Domestic: /\b(?:domestic(?:ally)?|national|in[\s-]country|inland|local(?!\s+(?:time|currency|currencies)\b))\b/gi,
};

function spansOf(question: string, pattern: RegExp): Span[] {
  return [...question.matchAll(pattern)].map((match): Span => [match.index, match.index + match[0].length]);
}

/**
 * The destination a question narrows to, with the words it used; undefined when it names none, or
 * both ("domestic vs international" asks for the destinations view, which another reader reads).
 * @example readDestination('international calls last month') // { value: 'International', spans: [[0, 13]] }
 */
export function readDestination(question: string): SubjectFound<Destination> | undefined {
  const international = spansOf(question, PATTERNS.International);
  const domestic = spansOf(question, PATTERNS.Domestic);
  if (international.length > 0 && domestic.length === 0) return { value: 'International', spans: international };
  if (domestic.length > 0 && international.length === 0) return { value: 'Domestic', spans: domestic };
  return undefined;
}
