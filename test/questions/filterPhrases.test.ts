import { readFilters } from '../../src/questions/filterPhrases';
import { readQuestion } from '../../src/questions/readQuestion';

type Expected = { country?: string; destination?: 'Domestic' | 'International'; currency?: string };

/** Question → the filters it names (an empty object: none). */
const CASES: [string, Expected][] = [
  ['cost for Germany last month', { country: 'DE' }],
  ['Germany last month', { country: 'DE' }],
  ['what did the UK spend in October', { country: 'GB' }],
  ['spend in the uk this year', { country: 'GB' }],
  ['United Kingdom Q3', { country: 'GB' }],
  ['cost in United States last quarter', { country: 'US' }],
  ['cost in the US last quarter', { country: 'US' }],
  ['USA spend in March', { country: 'US' }],
  ['US spend in March', { country: 'US' }],
  ['cost DE last month', { country: 'DE' }],
  ['cost in de last month', { country: 'DE' }],
  ['country fr last week', { country: 'FR' }],
  ['German users last month', { country: 'DE' }],
  ['what did French staff spend in May', { country: 'FR' }],
  ['people in France in Q3', { country: 'FR' }],
  ['calls from Côte d’Ivoire this year', { country: 'CI' }],
  ['calls from Ivory Coast this year', { country: 'CI' }],
  ['Bosnia and Herzegovina last month', { country: 'BA' }],
  ['Trinidad & Tobago last month', { country: 'TT' }],
  ['St. Lucia last month', { country: 'LC' }],
  ['Saint Lucia last month', { country: 'LC' }],
  ['Turkey last month', { country: 'TR' }],
  ['Türkiye last month', { country: 'TR' }],
  ['South Sudan last month', { country: 'SS' }],
  ['Sudan last month', { country: 'SD' }],
  ['Guinea-Bissau last month', { country: 'GW' }],
  ['Papua New Guinea last month', { country: 'PG' }],
  ['Georgia last month', { country: 'GE' }],
  ['Jordan last month', { country: 'JO' }],
  ['Chad in June', { country: 'TD' }],
  ['Hong Kong last month', { country: 'HK' }],
  ['the Netherlands in 2025', { country: 'NL' }],
  ['Holland in 2025', { country: 'NL' }],
  ['people in New Zealand last month', { country: 'NZ' }],
  ['Germany (DE) last month', { country: 'DE' }],
  ['UK spend last month', { country: 'GB' }],
  ['cost in uk last month', { country: 'GB' }],
  // Codes that are words are codes only in upper case after a place word.
  ['what did it cost in May', {}],
  ['is it on budget in March', {}],
  ['spend in IT last month', { country: 'IT' }],
  ['IT spend last month', {}],
  ['cost for us last month', {}],
  ['cost for US last month', { country: 'US' }],
  ['cost in no time last month', {}],
  ['NO spend last month', {}],
  ['cost in NO last month', { country: 'NO' }],
  ['COST IN GERMANY LAST MONTH', { country: 'DE' }],
  ['COST IN DE LAST MONTH', { country: 'DE' }],
  ['WHAT DID WE SPEND IN MAY', {}],
  ['cost in New Jersey last month', {}],
  ['cost in New Mexico last month', {}],
  ['German spend is high in March', { country: 'DE' }],
  ['answer in English: last month', {}],
  ['cost in March', {}],
  ['cost in Q3', {}],
  ['cost in FY2025', {}],
  ['cost in December 2025', {}],
  ['cost in the last 30 days', {}],
  ['cost in Teams last month', {}],
  ["calls in Nadia's name last month", {}],
  // Destinations.
  ['international calls last month', { destination: 'International' }],
  ['calls abroad in October', { destination: 'International' }],
  ['overseas spend this year', { destination: 'International' }],
  ['who spent the most on calls to other countries in October', { destination: 'International' }],
  ['cross-border calls last week', { destination: 'International' }],
  ['foreign calls last week', { destination: 'International' }],
  ['domestic calls last month', { destination: 'Domestic' }],
  ['national calls last month', { destination: 'Domestic' }],
  ['local calls last month', { destination: 'Domestic' }],
  ['cost in local currency last month', {}],
  ['domestic vs international last month', {}],
  ['international and domestic last month', {}],
  ['internationally last month', { destination: 'International' }],
  // Currencies.
  ['cost in EUR last month', { currency: 'EUR' }],
  ['cost in eur last month', { currency: 'EUR' }],
  ['euro spend last month', { currency: 'EUR' }],
  ['cost in euros last month', { currency: 'EUR' }],
  ['USD last month', { currency: 'USD' }],
  ['cost in pounds last month', { currency: 'GBP' }],
  ['€ last month', { currency: 'EUR' }],
  ['cost in Canadian dollars last month', { currency: 'CAD' }],
  ['$ spent last month', {}],
  ['how many dollars last month', {}],
  ['top spenders last month', {}],
  ['TOP SPENDERS LAST MONTH', {}],
  ['all spend last month', {}],
  ['usd spend last month', {}],
  // Combinations.
  ['international calls from Germany last month', { country: 'DE', destination: 'International' }],
  ['domestic calls by people in France in Q3', { country: 'FR', destination: 'Domestic' }],
  ['top 3 international spenders in Germany last month', { country: 'DE', destination: 'International' }],
  ['international calls from Germany in EUR last month', { country: 'DE', destination: 'International', currency: 'EUR' }],
  ['UK domestic spend in GBP this quarter', { country: 'GB', destination: 'Domestic', currency: 'GBP' }],
];

describe('readFilters', () => {
  it.each(CASES)('%s', (question, expected) => {
    const read = readFilters(question);
    if ('problem' in read) throw new Error(read.problem.message);
    expect(read.filters).toEqual(expected);
  });

  it('reports the words each filter was read from', () => {
    const question = 'international calls from Germany in EUR last month';
    const read = readFilters(question);
    if ('problem' in read) throw new Error(read.problem.message);
    const words = (spans: (readonly [number, number])[] | undefined): string[] => (spans ?? []).map(([a, b]) => question.slice(a, b));
    expect(words(read.found.country?.spans)).toEqual(['Germany']);
    expect(words(read.found.destination?.spans)).toEqual(['international']);
    expect(words(read.found.currency?.spans)).toEqual(['EUR']);
    expect(words(read.spans)).toEqual(['international', 'Germany', 'EUR']);
  });

  it.each([
    ['cost in Narnia last month', 'Narnia'],
    ['what did people in Atlantis spend in Q3', 'Atlantis'],
    ['cost in Germany and France last month', 'Germany'],
    ['cost in EUR and USD last month', 'EUR'],
  ])('names what it cannot apply: %s', (question, named) => {
    const read = readFilters(question);
    expect('problem' in read && read.problem.message).toContain(named);
  });
});

describe('readQuestion with filters', () => {
  const context = { now: new Date('2026-11-27T10:00:00Z'), timeZone: 'Europe/Berlin', fiscalYearStartMonth: 7, maxRangeDays: 731 };

  it('puts the filters into the report request', () => {
    const question = readQuestion('international calls from Germany last month', context);
    expect(question).toMatchObject({ kind: 'view', request: { view: 'report', range: { first: '2026-10-01', last: '2026-10-31' }, filters: { country: 'DE', destination: 'International' } } });
  });

  it('puts them into comparisons and forecasts too', () => {
    expect(readQuestion('international, Q3 vs Q2', context)).toMatchObject({ kind: 'view', request: { view: 'comparison', filters: { destination: 'International' } } });
    expect(readQuestion('what will this month cost in France?', context)).toMatchObject({ kind: 'view', request: { view: 'forecast', filters: { country: 'FR' } } });
  });

  it('asks for a period before naming an unknown place', () => {
    expect(readQuestion('cost in Febtember', context)).toMatchObject({ kind: 'notUnderstood', problem: { reason: 'missing' } });
  });

  it('answers an unknown place with no totals', () => {
    expect(readQuestion('cost in Narnia last month', context)).toMatchObject({ kind: 'notUnderstood', problem: { message: expect.stringContaining('Narnia') } });
  });

  it.each(['How much did we spend on calls to Germany in October?', 'calls to France last month', 'cost of calls made into the UK last month'])(
    '“%s”: the country a call went to is not in the report, and is said so (never read as a usage location)',
    (text) => {
      const question = readQuestion(text, context);
      expect(question).toMatchObject({ kind: 'notUnderstood' });
      expect(question.kind === 'notUnderstood' && question.problem.message).toContain('does not say which country a call went to');
    },
  );
});
