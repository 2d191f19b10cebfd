/** Reads a request for a forecast: "what will this month cost", "projected", "run rate", "on track", "budget", "end of quarter". */
import { endOfMonth, todayIn } from '../domain/calendarDate';
import { startOfMonth } from '../domain/calendarMonths';
import { forecastRequest } from '../domain/viewRequest';
import type { Found, ReadingCalendar } from './period';
import { findPeriodPhrases } from './periodPhrases';
import type { Question, RangeProblem, ReadingContext } from './question';
import { quarterAround } from './quarters';
import { latestStartingBy } from './yearChoice';
import { quoted } from './quoted';

type Span = 'month' | 'quarter';

export const FORECAST =
  /\b(?:forecast(?:s|ed|ing)?|project(?:ed|ion|ions)|run[\s-]?rate|on\s+(?:track|course|pace)|budgets?|how\s+are\s+we\s+doing|(?:going|likely|expected)\s+to\s+(?:cost|spend|be)|will\s+(?:\S+\s+){0,3}(?:cost|spend|be)|end[\s-]+of[\s-]+(?:the\s+)?(?:this\s+)?(?:month|quarter)|(?:month|quarter)[\s-]+end|eo[mq])\b/i;
export const QUARTER = /\b(?:quarter|qtd|eoq|q[1-4])\b/i;


/**
 * A forecast of anything but the current month or quarter.
 * @example notForecastable('last month').message // 'I can project only the current month or quarter; …'
 */
function notForecastable(words: string): RangeProblem {
  return {
    reason: 'notForecastable',
    message:
      `I can project only the current month or quarter; ${quoted(words)} is not. ` +
      'Ask “what will this month cost?” or “forecast this quarter”, or ask what a past period cost.',
  };
}

/** The period a found phrase names, when it starts on the current month's or quarter's first day and holds today. */
function spanOf(found: Found, calendar: ReadingCalendar): Span | undefined {
  if (found.reading.kind !== 'term') return undefined;
  const period = latestStartingBy(found.reading.term, calendar.today);
  if (!period || period.last < calendar.today) return undefined;
  if (period.first === startOfMonth(calendar.today)) return 'month';
  return period.first === quarterAround(calendar.today, 0, 1).first ? 'quarter' : undefined;
}

/**
 * The forecast a question asks for, as the view request of the whole month or quarter that holds
 * today (the forecast reaches its last day); undefined when it asks for none. Only the month or the
 * calendar quarter that holds today can be projected: "this month", "MTD", "December" (in
 * December), "this quarter", "QTD", "Q4" (in Q4). Without a period, the month; with the word
 * "quarter", the quarter. Any other period is named as not forecastable.
 * Pure: "now" and the zone come from `context`.
 * @example readForecast('what will this month cost?', context)
 * // { kind: 'view', request: { view: 'forecast', range: { first: '2026-12-01', last: '2026-12-31', … }, phrase: 'will this month cost', … } }
 */
export function readForecast(text: string, context: Pick<ReadingContext, 'now' | 'timeZone' | 'fiscalYearStartMonth'>): Question | undefined {
  const asked = FORECAST.exec(text);
  if (!asked) return undefined;
  const today = todayIn(context.now, context.timeZone);
  const calendar: ReadingCalendar = { today, fiscalYearStartMonth: context.fiscalYearStartMonth };
  const founds = findPeriodPhrases(text, calendar);
  let span: Span = QUARTER.test(text) ? 'quarter' : 'month';
  for (const found of founds) {
    const named = spanOf(found, calendar);
    if (named === undefined) return { kind: 'notUnderstood', problem: notForecastable(text.slice(found.start, found.end)) };
    span = named;
  }
  const whole = span === 'month' ? { first: startOfMonth(today), last: endOfMonth(today) } : quarterAround(today, 0, 1);
  return { kind: 'view', request: forecastRequest({ range: { ...whole, timeZone: context.timeZone }, phrase: asked[0], clippedToToday: false, reachedPastToday: false }) };
}
