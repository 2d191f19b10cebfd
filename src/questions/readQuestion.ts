/** Reads a message into a Question: help, the view it asks for, or why it was not understood. */
import { todayIn } from '../domain/calendarDate';
import { readComparison } from './comparisonPhrases';
import { comparisonLeftover } from './comparisonWords';
import { readForecast } from './forecastPhrases';
import { EXAMPLE_QUESTIONS } from './exampleQuestions';
import { fitToToday } from './fitToToday';
import { readFilters, withFilters } from './filterPhrases';
import { isHelpRequest, mentionsHelp } from './helpPhrases';
import { isNotEnglish } from './languageCheck';
import { questionTooLong } from './problemMessages';
import type { Question, ReadingContext } from './question';
import { readPeriod } from './readPeriod';
import { MAX_QUESTION_LENGTH, questionText } from './questionText';
import { readSubjects } from './subjectRequest';
import { notEnglish } from './wordProblems';

/**
 * What a message asks. Pure: "now" and the time zone come from `context`, and every day is
 * a whole calendar day in `context.timeZone`, today included. A period is never assumed:
 * a question without a readable one is `notUnderstood`, with a message for the user, and so is one
 * in another language. Around the period, the question may name a usage location, a destination and a
 * currency (filterPhrases.ts; comparisons and forecasts take them too), a view, a ranking, how many
 * people to list and a person (see readSubjects); a word no reader understands is named, never dropped.
 * Throws RangeError when `context.timeZone` is not an IANA zone (check with `isTimeZone`).
 * @example
 * readQuestion('What did dial-out cost last month?', {
 *   now: new Date('2026-11-27T10:00:00Z'), timeZone: 'Europe/Berlin', fiscalYearStartMonth: 7, maxRangeDays: 731,
 * })
 * // { kind: 'view', request: { view: 'report', range: { first: '2026-10-01', last: '2026-10-31', timeZone: 'Europe/Berlin' },
 * //   phrase: 'last month', clippedToToday: false, reachedPastToday: false, filters: {}, ranking: 'cost', page: 0 } }
 */
export function readQuestion(text: string, context: ReadingContext): Question {
  const question = questionText(text);
  if (question.length > MAX_QUESTION_LENGTH) return { kind: 'notUnderstood', problem: questionTooLong(MAX_QUESTION_LENGTH) };
  if (isHelpRequest(question)) return { kind: 'help' };
  if (isNotEnglish(question)) return { kind: 'notUnderstood', problem: notEnglish([EXAMPLE_QUESTIONS[0] as string, EXAMPLE_QUESTIONS[1] as string]) };
  const filters = readFilters(question);
  const forecastOrComparison = readForecast(question, context) ?? readComparison(question, context);
  if (forecastOrComparison) {
    const leftover = forecastOrComparison.kind === 'view' && !('problem' in filters) ? comparisonLeftover(question, filters, context) : undefined;
    return leftover ? { kind: 'notUnderstood', problem: leftover } : withFilters(forecastOrComparison, filters);
  }
  const today = todayIn(context.now, context.timeZone);
  const reading = readPeriod(question, { today, fiscalYearStartMonth: context.fiscalYearStartMonth });
  if ('problem' in reading) {
    if (reading.problem.reason === 'missing' && mentionsHelp(question)) return { kind: 'help' };
    return { kind: 'notUnderstood', problem: reading.problem };
  }
  const period = fitToToday(reading, today, context);
  if ('problem' in period) return { kind: 'notUnderstood', problem: period.problem };
  if ('problem' in filters) return { kind: 'notUnderstood', problem: filters.problem };
  return readSubjects(question, reading.span, period, filters);
}
