/** Reading contexts for the question tests: a fixed instant, a zone and the house defaults, and a short view of the answer. */
import { readQuestion } from '../../src/questions/readQuestion';
import type { Question, ReadingContext } from '../../src/questions/question';

/** Friday, 2026-11-27 in every zone the tests use. */
export const NOW = '2026-11-27T10:00:00Z';

/** The four zones every phrase table runs in. */
export const ZONES = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata'];

export function contextAt(now: string, timeZone = 'UTC', overrides: Partial<ReadingContext> = {}): ReadingContext {
  return { now: new Date(now), timeZone, fiscalYearStartMonth: 1, maxRangeDays: 731, ...overrides };
}

/** What a test compares: the days and the clip flag, the help kind, or the problem's reason. */
export type Answer = { first: string; last: string; clipped: boolean } | { kind: 'help' } | { reason: string };

export function answerOf(question: Question): Answer {
  if (question.kind === 'view') {
    const { range, clippedToToday } = question.request;
    return { first: range.first, last: range.last, clipped: clippedToToday };
  }
  return question.kind === 'help' ? { kind: 'help' } : { reason: question.problem.reason };
}

/** Reads `text` at `now` in `timeZone` and returns the short view. */
export function ask(text: string, now = NOW, timeZone = 'UTC', overrides: Partial<ReadingContext> = {}): Answer {
  return answerOf(readQuestion(text, contextAt(now, timeZone, overrides)));
}
