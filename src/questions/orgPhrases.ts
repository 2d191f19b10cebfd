/** Reads the organisation words of a question: a breakdown ("by department", "which cost center spent most") and one unit ("Sales department", "cost center 4711"). */
import type { OrgDimension, OrgUnit } from '../domain/organisation';
import { findUnread } from './unreadWords';
import type { Span, SubjectFound } from './subjectReading';

/** Each dimension's words, singular and plural. */
const DIMENSION_WORDS: ReadonlyArray<[OrgDimension, string]> = [
  ['costCenter', String.raw`cost[\s-]+cent(?:er|re)s?`],
  ['department', String.raw`departments?|depts?`],
  ['office', String.raw`offices?|office\s+locations?`],
  ['company', String.raw`compan(?:y|ies)`],
  ['division', String.raw`divisions?`],
];

/** `words` matching in any case while the rest of its pattern keeps case (names are capitalised). */
function anyCase(words: string): string {
  return words.replace(/(\\.)|([a-z])/g, (_all, escaped: string | undefined, letter: string) => escaped ?? `[${letter}${letter.toUpperCase()}]`);
}

/** Capitalised words that start a question rather than name a unit ("Show Sales department"). */
const NOT_A_NAME = new Set(['show', 'what', 'which', 'how', 'cost', 'costs', 'spend', 'spent', 'the', 'for', 'of', 'in', 'and', 'our', 'my', 'did', 'does', 'list', 'give', 'tell', 'me', 'total', 'dial-out', 'international', 'domestic']);

function breakdownPattern(words: string): RegExp {
  return new RegExp(
    String.raw`\b(?:(?:by|per|for\s+each|each|across)\s+(?:${words})|(?:${words})\s+(?:breakdown|split|totals?)|which\s+(?:${words})(?:\s+(?:spent|spends|spend|cost|costs)(?:\s+the)?\s+most)?)\b`,
    'gi',
  );
}

/**
 * The dimension a question breaks costs down by, and the words naming it.
 * @example readBreakdown('cost by department last quarter', [[17, 31]]) // { value: 'department', spans: [[5, 18]] }
 */
export function readBreakdown(text: string, used: readonly Span[]): SubjectFound<OrgDimension> | undefined {
  for (const [dimension, words] of DIMENSION_WORDS) {
    const found = findUnread(breakdownPattern(words), text, used);
    if (found) return { value: dimension, spans: [found.span] };
  }
  return undefined;
}

/** A name after the dimension's word: a code for a cost center ("4711", "CC-12"), capitalised words otherwise. */
const NAME_AFTER = String.raw`((?:\d[\w-]*|\p{Lu}[\p{L}\p{N}&-]*)(?:\s+\p{Lu}[\p{L}\p{N}&-]*){0,3})`;
/** Capitalised words before the dimension's word ("Customer Success department"). */
const NAME_BEFORE = String.raw`((?:\p{Lu}[\p{L}\p{N}&-]*\s+){1,4})`;

/** The name's words without the question words that may stand before it. */
function trimmed(name: string, start: number): { name: string; start: number } | undefined {
  const words = name.trim().split(/\s+/);
  let offset = start;
  while (words.length > 0 && NOT_A_NAME.has((words[0] as string).toLowerCase())) offset += (words.shift() as string).length + 1;
  return words.length > 0 ? { name: words.join(' '), start: offset } : undefined;
}

/**
 * One unit the question narrows to — "Sales department", "the department Legal", "cost center 4711",
 * "office London" — with the words naming it; names are read as written (capitalised, or a code).
 * @example readOrgUnit('cost for cost center 4711 last month', [[26, 36]])?.value // { dimension: 'costCenter', name: '4711' }
 */
export function readOrgUnit(text: string, used: readonly Span[]): SubjectFound<OrgUnit> | undefined {
  for (const [dimension, words] of DIMENSION_WORDS) {
    const after = findUnread(new RegExp(String.raw`\b(?:[Tt]he\s+)?(?:${anyCase(words)})\s+${NAME_AFTER}`, 'gu'), text, used);
    if (after && after.match[1]) {
      const name = after.match[1].trim();
      if (!NOT_A_NAME.has(name.split(/\s+/)[0]?.toLowerCase() ?? '')) return { value: { dimension, name }, spans: [after.span] };
    }
    const before = findUnread(new RegExp(String.raw`${NAME_BEFORE}(?:${anyCase(words)})\b`, 'gu'), text, used);
    if (before && before.match[1]) {
      const kept = trimmed(before.match[1], before.span[0]);
      if (kept) return { value: { dimension, name: kept.name }, spans: [[kept.start, before.span[1]]] };
    }
  }
  return undefined;
}
