import { MAX_QUESTION_LENGTH, questionText } from '../../src/questions/questionText';
import { readQuestion } from '../../src/questions/readQuestion';
import { contextAt, NOW } from './askAt';

describe('questionText', () => {
  it.each([
    ['<p>Top spenders&nbsp;last  month</p>\n', 'Top spenders last month'],
    ['cost <b>last</b>&#160;month', 'cost last month'],
    ['Q3&amp;Q4', 'Q3&Q4'],
    ['&#x41;ug 1', 'Aug 1'],
    ['last\u00a0month\u200b', 'last month'],
    ['\r\n\t  last month  \r\n', 'last month'],
    ['&bogus; stays', '&bogus; stays'],
    ['a < b > c', 'a c'],
  ])('cleans %j to %j', (raw, expected) => {
    expect(questionText(raw)).toBe(expected);
  });
});

describe('readQuestion: long messages', () => {
  const context = contextAt(NOW, 'Europe/Berlin');
  const longText = 'What did dial-out cost last month? '.repeat(300).slice(0, 10_240);

  it('refuses a message over the length limit instead of reading a part of it', () => {
    const question = readQuestion(longText, context);
    expect(question).toEqual({ kind: 'notUnderstood', problem: expect.objectContaining({ reason: 'messageTooLong' }) });
    expect(question.kind === 'notUnderstood' && question.problem.message).toContain(`over ${MAX_QUESTION_LENGTH} characters`);
  });

  it('reads a question of exactly the limit', () => {
    // Words that ask for nothing more than the period fill the question up to the limit.
    const filler = 'please '.repeat(Math.ceil(MAX_QUESTION_LENGTH / 7)).slice(0, MAX_QUESTION_LENGTH - ' last month'.length).trimEnd();
    const text = `${filler}${' '.repeat(MAX_QUESTION_LENGTH - ' last month'.length - filler.length)} last month`;
    expect(text).toHaveLength(MAX_QUESTION_LENGTH);
    expect(readQuestion(text, context).kind).toBe('view');
  });

  it('counts the cleaned text, so markup around a short question does not count', () => {
    const text = `${'<span>'.repeat(400)}last month${'</span>'.repeat(400)}`;
    expect(readQuestion(text, context).kind).toBe('view');
  });

  it.each([
    ['10 KB of a repeated question', longText],
    ['10 KB of markup', '<p>'.repeat(3_413)],
    ['10 KB of unclosed angle brackets', '<'.repeat(10_240)],
    ['10 KB of entities', '&nbsp;'.repeat(1_706)],
    ['500 characters of slashed numbers', '1/1 '.repeat(124)],
    ['500 characters of dangling ranges', 'Oct 3 to '.repeat(55)],
    ['500 characters of period words', 'between since from Q3 2025 FY26 oct 1-3 '.repeat(12)],
  ])('answers %s in under 50 ms', (_label, text) => {
    readQuestion('last month', context);
    const started = performance.now();
    readQuestion(text, context);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
