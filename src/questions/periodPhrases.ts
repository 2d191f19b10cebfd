/** Finds every period phrase in a message, keeping the longest where phrases overlap. */
import { fiscalRules } from './fiscalYears';
import { monthRules } from './monthNames';
import type { Found, PhraseRule, ReadingCalendar } from './period';
import { quarterRules } from './quarters';
import { relativeRules } from './relativePeriods';
import { findWrittenDays } from './singleDays';
import { unreadableDateRules } from './unreadableDates';
import { yearRules } from './years';

const RULES: PhraseRule[] = [
  ...relativeRules,
  ...quarterRules,
  ...fiscalRules,
  ...monthRules,
  ...yearRules,
  ...unreadableDateRules,
];

function matchesOf(rule: PhraseRule, text: string, calendar: ReadingCalendar): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(rule.pattern)) {
    const reading = rule.read(match, calendar);
    if (reading) found.push({ start: match.index, end: match.index + match[0].length, reading });
  }
  return found;
}

/**
 * Every period phrase in `text`, in reading order, none overlapping. Where phrases overlap
 * the longest wins ("October of last year" over "last year", "Q3 2025" over "2025"); at equal
 * length a reading wins over a refusal, so "10/3" is a day while "13/1" stays unreadable.
 * @example findPeriodPhrases('top 10 spenders last month', calendar).length // 1
 */
export function findPeriodPhrases(text: string, calendar: ReadingCalendar): Found[] {
  const candidates = [...findWrittenDays(text), ...RULES.flatMap((rule) => matchesOf(rule, text, calendar))];
  const refused = (found: Found): number => (found.reading.kind === 'unreadable' ? 1 : 0);
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || refused(a) - refused(b) || a.start - b.start);
  const kept: Found[] = [];
  for (const candidate of candidates) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
