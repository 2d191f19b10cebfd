/** The sentences an admin reads when a question's period cannot be used: what went wrong and what to ask instead. */
import type { CalendarDate } from '../domain/calendarDate';
import type { Period } from './period';
import type { MessageProblem, RangeProblem } from './question';
import { quoted } from './quoted';

const EXAMPLES = '“last month”, “this quarter”, “since October 1” or “from Aug 1 to Oct 31”';
const dayFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });

/** "Dec 1, 2026": the calendar day as written, whatever the server's zone. */
function describeDay(date: CalendarDate): string {
  return dayFormat.format(new Date(`${date}T00:00:00Z`));
}

function describePeriod({ first, last }: Period): string {
  return first === last ? describeDay(first) : `${describeDay(first)} – ${describeDay(last)}`;
}

/**
 * No period at all in the question.
 * @example missingPeriod().reason // 'missing'
 */
export function missingPeriod(): RangeProblem {
  return { reason: 'missing', message: `Which period do you mean? Add one to your question, for example ${EXAMPLES}.` };
}

/**
 * Something that looks like a date but is none ("Febtember 45th", "13/1").
 * @example unreadablePeriod('the 32nd').message // 'I couldn't read a period in “the 32nd”. Try …'
 */
export function unreadablePeriod(words: string): RangeProblem {
  return { reason: 'unreadable', message: `I couldn't read a period in ${quoted(words)}. Try ${EXAMPLES}.` };
}

/**
 * A period with one end or a vague edge ("until October", "between Oct 3", "early October").
 * @example vaguePeriod('until October').reason // 'vague'
 */
export function vaguePeriod(words: string): RangeProblem {
  return {
    reason: 'vague',
    message:
      `I can't tell exactly which days ${quoted(words)} covers. ` +
      'Name the first and last day, for example “since October 1” or “from Aug 1 to Oct 31”.',
  };
}

/**
 * Two or more periods that are not joined into one ("this month and last month").
 * @example severalPeriods(['this month', 'last month']).reason // 'severalPeriods'
 */
export function severalPeriods(phrases: string[]): RangeProblem {
  return {
    reason: 'severalPeriods',
    message:
      `I found more than one period (${phrases.map((phrase) => quoted(phrase)).join(', ')}). ` +
      'Ask about one period at a time, or join them into one, for example “from September to November”.',
  };
}

/**
 * A message longer than any question.
 * @example questionTooLong(500).reason // 'messageTooLong'
 */
export function questionTooLong(limit: number): MessageProblem {
  return {
    reason: 'messageTooLong',
    message:
      `It is over ${limit} characters, more than I read in one question. ` +
      'Ask a short question such as “What did dial-out cost last month?”',
  };
}

/**
 * A period that begins after today.
 * @example futurePeriod('next month', { first: '2026-12-01', last: '2026-12-31' }).message
 * // '“next month” (Dec 1, 2026 – Dec 31, 2026) has not started yet, …'
 */
export function futurePeriod(phrase: string, period: Period): RangeProblem {
  return {
    reason: 'future',
    message:
      `${quoted(phrase)} (${describePeriod(period)}) has not started yet, so there is no dial-out cost to show. ` +
      'Ask about a period up to today.',
  };
}

/**
 * A period whose end comes before its start.
 * @example reversedPeriod('Oct 10 to Oct 3', { first: '2026-10-10', last: '2026-10-03' }).reason // 'reversed'
 */
export function reversedPeriod(phrase: string, period: Period): RangeProblem {
  return {
    reason: 'reversed',
    message:
      `${quoted(phrase)} ends on ${describeDay(period.last)}, before it starts on ${describeDay(period.first)}. ` +
      'Put the earlier date first, for example “from Aug 1 to Oct 31”.',
  };
}

/**
 * A period longer than the longest one the bot reports on.
 * @example tooLongPeriod('since 2020', 2523, 731).message // '“since 2020” covers 2,523 days; I can report on at most 731 days at a time. …'
 */
export function tooLongPeriod(phrase: string, days: number, maxDays: number): RangeProblem {
  return {
    reason: 'tooLong',
    message:
      `${quoted(phrase)} covers ${days.toLocaleString('en-US')} days; I can report on at most ` +
      `${maxDays.toLocaleString('en-US')} days at a time. Ask for a shorter period, for example “last year” or “this quarter”.`,
  };
}

/**
 * Two periods of a comparison that overlap: a change between them means nothing.
 * @example overlappingPeriods({ first: '2026-07-01', last: '2026-09-30' }, { first: '2026-01-01', last: '2026-12-04' }).message
 * // 'The two periods overlap (Jan 1, 2026 – Dec 4, 2026 and Jul 1, 2026 – Sep 30, 2026), …'
 */
export function overlappingPeriods(current: Period, baseline: Period): RangeProblem {
  return {
    reason: 'overlapping',
    message:
      `The two periods overlap (${describePeriod(baseline)} and ${describePeriod(current)}), so a change between them means nothing. ` +
      'Compare periods that do not overlap, for example “October vs September”.',
  };
}
