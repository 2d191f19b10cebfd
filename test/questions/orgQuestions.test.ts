/** Questions about departments, offices and cost centers: a breakdown view, or a filter to one unit, combined with the other filters. */
import { readQuestion } from '../../src/questions/readQuestion';
import { contextAt, NOW } from './askAt';

function read(text: string): unknown {
  const question = readQuestion(text, contextAt(NOW));
  if (question.kind !== 'view') return question.kind === 'notUnderstood' ? { problem: question.problem.reason, message: question.problem.message } : question.kind;
  const { view, range, filters } = question.request;
  return { view, first: range.first, last: range.last, filters, ...('dimension' in question.request ? { dimension: question.request.dimension } : {}) };
}

describe('organisation questions', () => {
  it.each([
    ['cost by department last quarter', { view: 'breakdown', dimension: 'department', first: '2026-07-01', last: '2026-09-30', filters: {} }],
    ['by office last month', { view: 'breakdown', dimension: 'office', first: '2026-10-01', last: '2026-10-31', filters: {} }],
    ['spend per cost center in October', { view: 'breakdown', dimension: 'costCenter', first: '2026-10-01', last: '2026-10-31', filters: {} }],
    ['which cost center spent most in October', { view: 'breakdown', dimension: 'costCenter', first: '2026-10-01', last: '2026-10-31', filters: {} }],
    ['cost by division this year', { view: 'breakdown', dimension: 'division', first: '2026-01-01', last: '2026-11-27', filters: {} }],
    ['international calls by department in Q3', { view: 'breakdown', dimension: 'department', first: '2026-07-01', last: '2026-09-30', filters: { destination: 'International' } }],
    ['Sales department last month', { view: 'report', first: '2026-10-01', last: '2026-10-31', filters: { orgUnit: { dimension: 'department', name: 'Sales' } } }],
    ['cost for cost center 4711 last month', { view: 'report', first: '2026-10-01', last: '2026-10-31', filters: { orgUnit: { dimension: 'costCenter', name: '4711' } } }],
    ['show the Customer Success department in October', { view: 'report', first: '2026-10-01', last: '2026-10-31', filters: { orgUnit: { dimension: 'department', name: 'Customer Success' } } }],
    ['cost by office for the Sales department last month', { view: 'breakdown', dimension: 'office', first: '2026-10-01', last: '2026-10-31', filters: { orgUnit: { dimension: 'department', name: 'Sales' } } }],
    ['domestic calls from Germany by cost center last month', { view: 'breakdown', dimension: 'costCenter', first: '2026-10-01', last: '2026-10-31', filters: { country: 'DE', destination: 'Domestic' } }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('does not combine a breakdown with another view or a ranking', () => {
    expect(read('trend by department this year')).toMatchObject({ problem: 'incomplete' });
    expect(read('top 5 by department last month')).toMatchObject({ problem: 'incomplete' });
  });

  it('still asks for a period', () => {
    expect(read('cost by department')).toMatchObject({ problem: 'missing' });
  });
});
