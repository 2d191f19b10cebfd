/** Questions that ask for the chargeback file: cost per cost center (or department) and currency, as a CSV. */
import { readQuestion } from '../../src/questions/readQuestion';
import { contextAt, NOW } from './askAt';

function read(text: string): unknown {
  const question = readQuestion(text, contextAt(NOW));
  if (question.kind !== 'view') return question.kind === 'notUnderstood' ? { problem: question.problem.reason } : question.kind;
  const { view, range, filters } = question.request;
  return { view, first: range.first, last: range.last, filters };
}

describe('chargeback questions', () => {
  it.each([
    ['export chargeback last quarter', { view: 'chargeback', first: '2026-07-01', last: '2026-09-30', filters: {} }],
    ['chargeback csv for October', { view: 'chargeback', first: '2026-10-01', last: '2026-10-31', filters: {} }],
    ['download the chargeback file for October', { view: 'chargeback', first: '2026-10-01', last: '2026-10-31', filters: {} }],
    ['Charge-back last month', { view: 'chargeback', first: '2026-10-01', last: '2026-10-31', filters: {} }],
    ['chargeback from 2026-10-01 to 2026-10-31', { view: 'chargeback', first: '2026-10-01', last: '2026-10-31', filters: {} }],
    ['chargeback for the Sales department last month', { view: 'chargeback', first: '2026-10-01', last: '2026-10-31', filters: { orgUnit: { dimension: 'department', name: 'Sales' } } }],
    ['export last month', { view: 'export', first: '2026-10-01', last: '2026-10-31', filters: {} }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('does not combine the chargeback with a breakdown or a ranking, and still asks for a period', () => {
    expect(read('chargeback by office last month')).toMatchObject({ problem: 'incomplete' });
    expect(read('top 5 chargeback last month')).toMatchObject({ problem: 'incomplete' });
    expect(read('chargeback csv')).toMatchObject({ problem: 'missing' });
  });
});
