/** Words that ask for something the dial-out report does not hold, and what it has instead. */
import type { WordsProblem } from './question';
import { findUnread } from './unreadWords';
import type { Span } from './subjectReading';

const GROUPS =
  'It lists each person with their usage location and Domestic or International calls: ask for “top spenders last month” or “cost by country last month”.';

const MISSING: ReadonlyArray<[RegExp, string]> = [
  [
    /\b(?:(?:by|per|each|every|which|what|our|my|whose)\s+teams?\b|teams?\s+(?:breakdown|split|totals?)\b|business\s+units?\b)/gi,
    `The dial-out report has no teams or business units. ${GROUPS} Costs by department, office, company, cost center or division come from the directory: ask “cost by department last month”.`,
  ],
  [
    /\b(?:(?:per|by|each|every|which|what)\s+(?:online\s+)?meetings?|meetings?\s+(?:ids?|organi[sz]ers?|titles?))\b/gi,
    'The dial-out report has no meetings: it totals each person’s dial-out calls over the period. Ask “calls of <person> last month” for their calls one by one.',
  ],
  [
    /\b(?:to\s+which\s+(?:countries|country)|which\s+(?:countries|country)\s+(?:\w+\s+){0,3}(?:called|dialed|dialled)|(?:called|dialed|dialled|destination)\s+(?:countries|country|numbers?)|countries\s+called)\b/gi,
    'The dial-out report does not say which country a call went to, only whether it was Domestic or International, and the organizer’s usage location. Ask “domestic vs international last month” or “cost by country last month”.',
  ],
  [
    /\b(?:communications?\s+credits?(?:\s+balance)?|credits?\s+balance|(?:remaining|left|available)\s+credits?|balance)\b/gi,
    'The dial-out report holds charges, not your Communications Credits balance: see it in the Teams admin center (Billing). Ask what dial-out cost in a period, for example “last month”.',
  ],
];

/**
 * The first words that ask for something the report does not hold, named with what it has instead.
 * @example readNotInReport('cost per meeting last month', [])?.message // 'You asked about “per meeting”. The dial-out report has no meetings …'
 */
export function readNotInReport(text: string, used: readonly Span[]): WordsProblem | undefined {
  for (const [pattern, instead] of MISSING) {
    const found = findUnread(pattern, text, used);
    if (found) return { reason: 'notInReport', message: `You asked about “${found.match[0]}”. ${instead}` };
  }
  return undefined;
}
