import { readQuestion } from '../../src/questions/readQuestion';
import type { QuestionProblem } from '../../src/questions/question';
import { NOW, ask, contextAt } from './askAt';

function problemOf(text: string, overrides = {}): QuestionProblem | undefined {
  const question = readQuestion(text, contextAt(NOW, 'UTC', overrides));
  return question.kind === 'notUnderstood' ? question.problem : undefined;
}

// Each problem on Friday 2026-11-27, with a part of the message the user should see.
const PROBLEMS: Array<[text: string, reason: QuestionProblem['reason'], mentions: string]> = [
  ['asdf', 'missing', 'Which period do you mean?'],
  ['what did dial-out cost?', 'missing', '“last month”'],
  ['top 10 spenders', 'missing', '“since October 1”'],
  ['Febtember 45th', 'unreadable', '“Febtember 45th”'],
  ['the 32nd', 'unreadable', '“the 32nd”'],
  ['calls per day', 'unreadable', 'Try “last month”'],
  ['13/1', 'unreadable', '“13/1”'],
  ['24/7 costs last month', 'unreadable', '“24/7”'],
  ['3.10.2025', 'unreadable', '“3.10.2025”'],
  ['10-03-2025', 'unreadable', '“10-03-2025”'],
  ['2026-13-01', 'unreadable', '“2026-13-01”'],
  ['Feb 30', 'unreadable', '“Feb 30”'],
  ['October 32', 'unreadable', '“October 32”'],
  ['32 October', 'unreadable', '“32 October”'],
  ['Q5', 'unreadable', '“Q5”'],
  ['H1 2026', 'unreadable', '“H1”'],
  ['first half of 2026', 'unreadable', '“first half”'],
  ['the last 24 hours', 'unreadable', '“the last 24 hours”'],
  ['the week of Nov 16', 'vague', '“week of Nov 16”'],
  ['last 0 days', 'unreadable', '“last 0 days”'],
  ['last 5000 years', 'unreadable', '“last 5000 years”'],
  ['last October 2025', 'unreadable', '“last October 2025”'],
  ['until October', 'vague', '“until October”'],
  ['costs before last month', 'vague', '“before last month”'],
  ['between Oct 3', 'vague', '“between Oct 3”'],
  ['between 3 and 5 October', 'vague', '“between 3 and 5 October”'],
  ['from Oct 1 to', 'vague', '“from Oct 1 to”'],
  ['early October', 'vague', '“early October”'],
  ['as of October', 'vague', '“as of October”'],
  ['this month and last month', 'severalPeriods', '“this month”, “last month”'],
  ['in October and November', 'severalPeriods', 'one period at a time'],
  ['last quarter, i.e. Q3', 'severalPeriods', 'more than one period'],
  ['next month', 'future', '“next month” (Dec 1, 2026 – Dec 31, 2026) has not started yet'],
  ['tomorrow', 'future', 'Nov 28, 2026'],
  ['next week', 'future', 'has not started yet'],
  ['next quarter', 'future', 'Jan 1, 2027 – Mar 31, 2027'],
  ['2027', 'future', 'Jan 1, 2027 – Dec 31, 2027'],
  ['Q1 2027', 'future', 'has not started yet'],
  ['next October', 'future', 'Oct 1, 2027'],
  ['since 2027-01-01', 'future', 'has not started yet'],
  ['2027-01-01 to 2027-02-01', 'future', 'has not started yet'],
  ['Oct 10 to Oct 3', 'reversed', 'ends on Oct 3, 2026, before it starts on Oct 10, 2026'],
  ['2026-10-10 to 2026-10-03', 'reversed', 'Put the earlier date first'],
  ['from Q3 2026 to Q1 2026', 'reversed', 'ends on Mar 31, 2026'],
  ['2026 to 2025', 'reversed', 'before it starts on Jan 1, 2026'],
  ['from 2020 to 2026', 'tooLong', '“from 2020 to 2026” covers 2,523 days; I can report on at most 731 days'],
  ['since 2023', 'tooLong', 'at most 731 days'],
  ['last 1000 days', 'tooLong', 'covers 1,000 days'],
  ['last 3 years', 'tooLong', 'covers 1,096 days'],
  ['last 732 days', 'tooLong', 'covers 732 days'],
];

describe('readQuestion: problems are explained, never replaced by a guessed range', () => {
  it.each(PROBLEMS)('“%s” is %s, saying %s', (text, reason, mentions) => {
    const problem = problemOf(text);
    expect(problem?.reason).toBe(reason);
    expect(problem?.message).toContain(mentions);
  });

  it('accepts a range exactly as long as the limit', () => {
    expect(ask('last 731 days')).toEqual({ first: '2024-11-27', last: '2026-11-27', clipped: false });
  });

  it('states the configured limit', () => {
    expect(problemOf('last quarter', { maxRangeDays: 31 })?.message).toContain('at most 31 days');
  });

  it('measures the limit after the cut at today', () => {
    // 2025-01-01 … 2027-12-31 is three years, but only 696 days of it have happened.
    expect(ask('from 2025 to 2027')).toEqual({ first: '2025-01-01', last: '2026-11-27', clipped: true });
  });

  it('writes every message as a sentence for the user', () => {
    for (const [text] of PROBLEMS) {
      expect(problemOf(text)?.message).toMatch(/^[“A-Z].*[.”]$/);
    }
  });
});
