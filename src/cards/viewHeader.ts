/** The top of every drilled-down card: its title, the question as understood, the range, the filters, the demo note. */
import type { DateRange } from '../domain/dateRange';
import type { AskedPeriod, ViewRequest } from '../domain/viewRequest';
import type { CardOptions, ViewHeaderData } from './cardModels';
import { clip, clipPhrase } from './cardSize';
import { filterChips } from './filterChips';
import { formatDay } from './format';
import { latencyNote } from './latencyNote';


/**
 * "1 Oct 2026 – 31 Oct 2026 (Europe/Berlin)", or one day.
 * @example rangeText({ first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' }, 'en-GB') // '1 Oct 2026 – 31 Oct 2026 (UTC)'
 */
export function rangeText(range: DateRange, locale: string): string {
  const [first, last] = [formatDay(range.first, locale), formatDay(range.last, locale)];
  return range.first === range.last ? `${first} (${range.timeZone})` : `${first} – ${last} (${range.timeZone})`;
}

/** The question with its phrase clipped for cards and buttons. */
export function clippedQuestion(question: AskedPeriod): AskedPeriod {
  return { range: question.range, phrase: clipPhrase(question.phrase), clippedToToday: question.clippedToToday, reachedPastToday: question.reachedPastToday };
}

/**
 * The header of a drilled-down card (`locale` already resolved): `question` as shown, the filters of `request`,
 * and whether its range holds days Graph had not fully reported when read at `fetchedAt`.
 */
export function viewHeader(title: string, question: AskedPeriod, options: CardOptions, locale: string, request: ViewRequest, fetchedAt: string): ViewHeaderData {
  return {
    title: clip(title, 120),
    phrase: clipPhrase(question.phrase),
    rangeText: rangeText(question.range, locale),
    reachedPastToday: question.reachedPastToday,
    latencyNote: latencyNote(question.range, fetchedAt, locale),
    demoTenant: options.demoTenant,
    filters: filterChips(request, locale),
  };
}
