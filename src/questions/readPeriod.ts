/** Reads the one period a question asks about, before it is fitted to today. */
import type { CalendarDate } from '../domain/calendarDate';
import { type Expression, joinPeriodPhrases } from './explicitRanges';
import type { Period, ReadingCalendar } from './period';
import { findPeriodPhrases } from './periodPhrases';
import { missingPeriod, unreadablePeriod } from './problemMessages';
import type { RangeProblem } from './question';
import type { Span } from './subjectReading';
import { looksLikeADate } from './unreadableDates';
import { latestStartingBy, rangeOf } from './yearChoice';

function periodOf(expression: Expression, today: CalendarDate): Period | undefined {
  switch (expression.kind) {
    case 'single':
      return latestStartingBy(expression.term, today);
    case 'since': {
      const start = latestStartingBy(expression.term, today);
      return start && { first: start.first, last: today };
    }
    case 'range':
      return rangeOf(expression.from, expression.to, today);
  }
}

/**
 * The period that `text` asks about, the words that name it and where they stand, or why it cannot be read.
 * The period may still reach past today; `fitToToday` decides what to do with that.
 * @example readPeriod('what did dial-out cost last month?', { today: '2026-11-27', fiscalYearStartMonth: 1 })
 * // { period: { first: '2026-10-01', last: '2026-10-31' }, phrase: 'last month', span: [19, 29] }
 */
export function readPeriod(text: string, calendar: ReadingCalendar): { period: Period; phrase: string; span: Span } | { problem: RangeProblem } {
  const founds = findPeriodPhrases(text, calendar);
  if (founds.length === 0) return { problem: looksLikeADate(text) ? unreadablePeriod(text) : missingPeriod() };
  const joined = joinPeriodPhrases(text, founds);
  if ('problem' in joined) return joined;
  const phrase = text.slice(joined.expression.start, joined.expression.end).trim();
  const period = periodOf(joined.expression, calendar.today);
  return period ? { period, phrase, span: [joined.expression.start, joined.expression.end] } : { problem: unreadablePeriod(phrase) };
}
