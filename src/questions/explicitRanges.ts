/** Joins the period phrases of a message into the one period it asks about: "since X", "from X to Y", "between X and Y", "X - Y". */
import type { Found, Term } from './period';
import { severalPeriods, unreadablePeriod, vaguePeriod } from './problemMessages';
import type { RangeProblem } from './question';

/** The period a question asks about, before years are chosen, and where its words stand (`end` exclusive). */
export type Expression = { start: number; end: number } & (
  | { kind: 'single'; term: Term }
  | { kind: 'since'; term: Term }
  | { kind: 'range'; from: Term; to: Term }
);

const CONNECTOR = /^\s*(?:to|through|thru|until|till|-|–|—|\.\.)\s*$/i;
const AND = /^\s*and\s*$/i;
const OPENING =
  /\b(?<opening>since|from|starting(?:\s+(?:from|on|in|with))?|beginning(?:\s+(?:on|in|with))?|between)\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:the\s+)?$/i;
const TO_NOW = /^\s*(?:to|through|thru|until|till|-|–|—)\s+(?:now|present|date)\b/i;
// A period with one end or a vague edge: "until October", "from Oct 1 to", "early October", "week of Nov 16",
// or the second of two things ("between 3 and 5 October", where chrono reads only "5 October").
const ONE_END_BEFORE =
  /\b(?:between\s+\S+\s+and|and|until|till|before|after|up\s+to|through|thru|as\s+of|week\s+of|(?:beginning|start|end|middle)\s+of(?:\s+the)?|mid|early|late)[\s-]+$/i;
// "this month and last month": two periods, reported as such rather than as a dangling "and".
const LIST_JOINER = /^\s*(?:and|or|,|vs\.?|versus)\s*$/i;
const ONE_END_AFTER = /^\s*(?:to|through|thru|until|till|and|-|–|—|\.\.)\s*[?!.]*\s*$/i;

/** One expression starting at `founds[index]`, and how many phrases it used. */
function expressionAt(text: string, founds: Found[], index: number, from: number): { expression: Expression; used: number } | RangeProblem {
  const found = founds[index];
  if (found.reading.kind === 'unreadable') return unreadablePeriod(text.slice(found.start, found.end));
  const before = text.slice(from, found.start);
  const opening = OPENING.exec(before);
  const between = /^between/i.test(opening?.groups?.opening ?? '');
  const start = opening ? from + opening.index : found.start;
  if (found.reading.kind === 'span') {
    return { expression: { kind: 'range', from: found.reading.from, to: found.reading.to, start, end: found.end }, used: 1 };
  }
  const term = found.reading.term;
  const next = founds[index + 1];
  const gap = next ? text.slice(found.end, next.start) : '';
  if (next?.reading.kind === 'term' && (CONNECTOR.test(gap) || (between && AND.test(gap)))) {
    return { expression: { kind: 'range', from: term, to: next.reading.term, start, end: next.end }, used: 2 };
  }
  const toNow = TO_NOW.exec(text.slice(found.end));
  const end = found.end + (toNow?.[0].length ?? 0);
  const joinsPrevious = index > 0 && LIST_JOINER.test(before);
  const oneEndBefore = opening || joinsPrevious ? null : ONE_END_BEFORE.exec(before);
  const oneEndAfter = ONE_END_AFTER.exec(text.slice(end));
  if (between || oneEndBefore || oneEndAfter) {
    const quoteStart = oneEndBefore ? from + oneEndBefore.index : start;
    return vaguePeriod(text.slice(quoteStart, end + (oneEndAfter?.[0].length ?? 0)).trim());
  }
  return { expression: { kind: toNow || opening ? 'since' : 'single', term, start, end }, used: 1 };
}

/**
 * The one period that the phrases `founds` (from `findPeriodPhrases`) of `text` ask about,
 * or why there is none: an unreadable date, a vague or one-ended period, or several periods.
 * @example joinPeriodPhrases('cost from Aug 1 to Oct 31', founds) // { expression: { kind: 'range', start: 5, end: 25, … } }
 */
export function joinPeriodPhrases(text: string, founds: Found[]): { expression: Expression } | { problem: RangeProblem } {
  const expressions: Expression[] = [];
  for (let index = 0; index < founds.length; ) {
    const next = expressionAt(text, founds, index, expressions.at(-1)?.end ?? 0);
    if ('reason' in next) return { problem: next };
    expressions.push(next.expression);
    index += next.used;
  }
  if (expressions.length > 1) return { problem: severalPeriods(expressions.map(({ start, end }) => text.slice(start, end))) };
  return { expression: expressions[0] };
}
