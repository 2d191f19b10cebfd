/** "The range reached past today, so it was cut at today": said only when the words asked for days after today. */
import { readQuestion } from '../../src/questions/readQuestion';
import { contextAt } from './askAt';

/** Friday, Dec 4, 2026: in December, in Q4, in fiscal year 2027 (starting in July). */
const DEC_4 = '2026-12-04T10:00:00Z';

function cutOf(text: string): { last: string; clippedToToday: boolean; reachedPastToday: boolean } | string {
  const question = readQuestion(text, contextAt(DEC_4, 'UTC', { fiscalYearStartMonth: 7 }));
  if (question.kind !== 'view') return question.kind === 'help' ? 'help' : question.problem.reason;
  const { range, clippedToToday, reachedPastToday } = question.request;
  return { last: range.last, clippedToToday, reachedPastToday };
}

describe('the cut at today is said only when the words reached past today', () => {
  it.each([
    // The words name days after today: cut, and said. "December" alone is this December (the latest one begun),
    // but named as a calendar month, as "December 2026" and "Q4" are: its later days were asked for.
    ['cost in December 2026', true],
    ['cost in December', true],
    ['December spend', true],
    ['cost from Oct 1 to Dec 31', true],
    ['cost from last week to next week', true],
    ['cost in Q4', true],
    ['cost in 2026', true],
    ['cost in FY27', true],
    ['cost from September to December', true],
    // The words mean the period so far: cut all the same (comparisons and summaries rely on it), but not said.
    ['cost this month', false],
    ['cost this year', false],
    ['cost this quarter', false],
    ['cost this week', false],
    ['cost current month', false],
    ['cost this fiscal year', false],
    ['cost this fiscal quarter', false],
    ['cost from October to this month', false],
    // "this December" on Dec 4 is this month, named: meant through today as "this month" is.
    ['cost this December', false],
    ['cost current December', false],
    ['cost from October to this December', false],
    ['this December vs last December', false],
  ])('"%s" is cut at today; notice: %s', (text, notice) => {
    expect(cutOf(text)).toEqual({ last: '2026-12-04', clippedToToday: true, reachedPastToday: notice });
  });

  it.each(['cost YTD', 'cost year to date', 'cost MTD', 'cost QTD', 'cost since October 1', 'cost last 30 days', 'cost today'])(
    '"%s" ends today by itself: nothing is cut and nothing said',
    (text) => {
      expect(cutOf(text)).toEqual({ last: '2026-12-04', clippedToToday: false, reachedPastToday: false });
    },
  );

  it('leaves a period that ended before today as it is', () => {
    expect(cutOf('cost last month')).toEqual({ last: '2026-11-30', clippedToToday: false, reachedPastToday: false });
  });

  it('reads both sides of a comparison the same way', () => {
    const question = readQuestion('this month vs last month', contextAt(DEC_4, 'UTC'));
    expect(question.kind === 'view' && question.request).toMatchObject({ clippedToToday: true, reachedPastToday: false });
    const named = readQuestion('December vs November', contextAt(DEC_4, 'UTC'));
    expect(named.kind === 'view' && named.request).toMatchObject({ clippedToToday: true, reachedPastToday: true });
  });
});
