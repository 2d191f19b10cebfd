/**
 * The words around a comparison or a forecast that their readers (comparisonPhrases.ts, forecastPhrases.ts)
 * do not report: a person or any other word there is named, never dropped from a whole-tenant answer.
 */
import { todayIn } from '../domain/calendarDate';
import type { FiltersRead } from './filterPhrases';
import { COMPARE, JOINERS, YEAR_EARLIER } from './comparisonPhrases';
import { FORECAST, QUARTER } from './forecastPhrases';
import { findPeriodPhrases } from './periodPhrases';
import { leftoverWords } from './personWords';
import type { ReadingContext, WordsProblem } from './question';
import type { Span } from './subjectReading';
import { notTogether, unknownWords } from './wordProblems';

/** The words that ask for a comparison or a forecast themselves: the patterns their readers use, plus "compared". */
const COMPARISON_AND_FORECAST_WORDS = new RegExp(
  [YEAR_EARLIER, JOINERS, COMPARE, FORECAST, QUARTER, /\bcompared\b|\bmonth\b|\bso\s+far\b/].map((pattern) => `(?:${pattern.source})`).join('|'),
  'gi',
);

/**
 * The problem with the words of a comparison or forecast question that no reader used, or undefined when
 * every word is read (its periods, its filters, its own words, or words that ask for nothing more).
 * @example comparisonLeftover('how much did Nadia spend, October vs September', filters, context)?.reason // 'incomplete'
 */
export function comparisonLeftover(question: string, filters: FiltersRead, context: ReadingContext): WordsProblem | undefined {
  const today = todayIn(context.now, context.timeZone);
  const used: Span[] = [
    ...filters.spans,
    ...findPeriodPhrases(question, { today, fiscalYearStartMonth: context.fiscalYearStartMonth }).map((found): Span => [found.start, found.end]),
    ...[...question.matchAll(COMPARISON_AND_FORECAST_WORDS)].map((match): Span => [match.index, match.index + match[0].length]),
  ];
  const { people, unknown } = leftoverWords(question, used);
  const [person] = people;
  if (person) return notTogether(person.value, 'a comparison or a forecast (ask about one person in one period)');
  return unknown.length > 0 ? unknownWords([], unknown) : undefined;
}
