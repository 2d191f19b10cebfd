/** The top of every drilled-down card: its title, the question as understood, the range, the demo note. */
import type { DateRange } from '../domain/dateRange';
import type { AskedPeriod } from '../domain/viewRequest';
import type { CardOptions, ViewHeaderData } from './cardModels';
import { clip } from './cardSize';
import { formatDay } from './format';

/** The longest question phrase a card repeats (and every button carries), in characters and in UTF-8 bytes. */
const MAX_PHRASE_CHARS = 40;
const MAX_PHRASE_BYTES = 80;

/**
 * The phrase as cards show it and buttons carry it: every real date phrase fits; only text that is
 * no date phrase (long, or of four-byte emoji) is cut, so a dozen buttons stay small.
 * @example clipPhrase('from September 1 to November 15') // unchanged
 */
export function clipPhrase(phrase: string): string {
  let clipped = clip(phrase, MAX_PHRASE_CHARS);
  while (Buffer.byteLength(clipped, 'utf8') > MAX_PHRASE_BYTES) clipped = clip(clipped, Array.from(clipped).length - 1);
  return clipped;
}

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
  return { range: question.range, phrase: clipPhrase(question.phrase), clippedToToday: question.clippedToToday };
}

/** The header of a drilled-down card (`locale` already resolved). */
export function viewHeader(title: string, question: AskedPeriod, options: CardOptions, locale: string): ViewHeaderData {
  return {
    title: clip(title, 120),
    phrase: clipPhrase(question.phrase),
    rangeText: rangeText(question.range, locale),
    clippedToToday: question.clippedToToday,
    demoTenant: options.demoTenant,
  };
}
