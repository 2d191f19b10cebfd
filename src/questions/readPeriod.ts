/** Reads the one period a question asks about, before it is fitted to today. */
import type { CalendarDate } from '../domain/calendarDate';
import { type Expression, joinPeriodPhrases } from './explicitRanges';
import type { Period, ReadingCalendar, Term } from './period';
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

/** The period that a question asks about and the words that name it, before it is fitted to today. */
export interface PeriodRead {
  period: Period;
  phrase: string;
  /** True when the words mean the period so far ("this month", "from last month to this month"): its days after today were never asked for. */
  soFar: boolean;
}

/** The term that sets where the expression ends; none for "since …", which ends today. */
function endTerm(expression: Expression): Term | undefined {
  if (expression.kind === 'single') return expression.term;
  return expression.kind === 'range' ? expression.to : undefined;
}

/**
 * The period that `text` asks about, the words that name it and where they stand, or why it cannot be read.
 * The period may still reach past today; `fitToToday` decides what to do with that.
 * @example readPeriod('what did dial-out cost last month?', { today: '2026-11-27', fiscalYearStartMonth: 1 })
 * // { period: { first: '2026-10-01', last: '2026-10-31' }, phrase: 'last month', soFar: false, span: [19, 29] }
 */
export function readPeriod(text: string, calendar: ReadingCalendar): (PeriodRead & { span: Span }) | { problem: RangeProblem } {
  const founds = findPeriodPhrases(text, calendar);
  if (founds.length === 0) return { problem: looksLikeADate(text) ? unreadablePeriod(text) : missingPeriod() };
  const joined = joinPeriodPhrases(text, founds);
  if ('problem' in joined) return joined;
  const phrase = text.slice(joined.expression.start, joined.expression.end).trim();
  const period = periodOf(joined.expression, calendar.today);
  if (!period) return { problem: unreadablePeriod(phrase) };
  const end = endTerm(joined.expression);
  return { period, phrase, soFar: end?.kind === 'fixed' && end.soFar === true, span: [joined.expression.start, joined.expression.end] };
}
