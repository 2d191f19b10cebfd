import { readQuestion } from '../../src/questions/readQuestion';
import { contextAt } from './askAt';

const context = contextAt('2026-11-27T10:00:00Z');

describe('words around a comparison or a forecast', () => {
  it.each([
    ['how much did Nadia spend, October vs September', 'incomplete', 'Nadia'],
    ['Omar Haddad: what will this month cost?', 'incomplete', 'Omar Haddad'],
    ['October vs September frobnicate', 'unknownWords', 'frobnicate'],
    ['forecast the zorblax this month', 'unknownWords', 'zorblax'],
  ])('“%s” is named, never answered for the whole tenant', (text, reason, word) => {
    const question = readQuestion(text, context);
    expect(question).toMatchObject({ kind: 'notUnderstood', problem: { reason } });
    expect(question.kind === 'notUnderstood' && question.problem.message).toContain(word);
  });

  it.each([
    ['international, Q3 vs Q2', 'comparison', { destination: 'International' }],
    ['Germany: October compared to September', 'comparison', { country: 'DE' }],
    ['what will domestic calls cost this month?', 'forecast', { destination: 'Domestic' }],
    ['compare October with September', 'comparison', {}],
    ['are we on track this quarter?', 'forecast', {}],
  ])('“%s” is read whole, filters included', (text, view, filters) => {
    const question = readQuestion(text, context);
    expect(question).toMatchObject({ kind: 'view', request: { view, filters } });
    if (question.kind === 'view') expect(question.request.filters).toEqual(filters);
  });
});
