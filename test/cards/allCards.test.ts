/** Properties every card shares (version, bound templates, known types, size) and the size guard. */
import { cardSize, clip, MAX_CARD_BYTES } from '../../src/cards/cardSize';
import { niceAxis } from '../../src/cards/chartValues';
import { errorCard } from '../../src/cards/errorCard';
import { helpCard } from '../../src/cards/helpCard';
import { notUnderstoodCard } from '../../src/cards/notUnderstoodCard';
import { reportCard } from '../../src/cards/reportCard';
import { reportRequest } from '../../src/domain/viewRequest';
import { reportView } from '../helpers/viewRequests';
import { callsCard } from '../../src/cards/callsCard';
import { countriesCard } from '../../src/cards/countriesCard';
import { countryCard } from '../../src/cards/countryCard';
import { destinationsCard } from '../../src/cards/destinationsCard';
import { namesHiddenCard } from '../../src/cards/noticeCard';
import { personCard } from '../../src/cards/personCard';
import { trendCard } from '../../src/cards/trendCard';
import { comparisonCard } from '../../src/cards/comparisonCard';
import { forecastCard } from '../../src/cards/forecastCard';
import { forecast, forecastWindows } from '../../src/report/forecast';
import { comparisonRequest, forecastRequest } from '../../src/domain/viewRequest';
import { allStrings, elementsOf, typesUsed } from '../helpers/cardJson';
import { baselineOf, callsData, callsOf, countriesData, countryData, destinationsData, periodicOf, personData, questionOf, TODAY, trendData } from '../helpers/drilldownFixtures';
import { currencyReport, report, spender, tenantReport } from '../helpers/reportFixtures';

const OPTIONS = { locale: 'en-US', demoTenant: true, showNames: true };

const view = reportView({ page: 1, clippedToToday: true });
const EXAMPLES = ['What did dial-out cost last month?'];

/** Everything Adaptive Cards 1.5 defines that these cards use; anything else is a typo or a newer feature. */
const KNOWN_TYPES = new Set([
  'AdaptiveCard',
  'TextBlock',
  'RichTextBlock',
  'TextRun',
  'Container',
  'FactSet',
  'ActionSet',
  'Table',
  'TableRow',
  'TableCell',
  'Action.Execute',
  'Action.Submit',
  'Action.OpenUrl',
  'Input.ChoiceSet',
]);

/** Teams' chart elements: allowed only with a fallback of a known type, for hosts without charts. */
const CHARTS = new Set(['Chart.Donut', 'Chart.HorizontalBar', 'Chart.Line']);

const big = tenantReport(30, true);
const DECEMBER = { first: '2026-12-01', last: '2026-12-31', timeZone: 'UTC' };
const first = big.currencies[0]?.spenders[0]?.userId ?? '';

const cards: [string, object][] = [
  ['report', reportCard(tenantReport(25, true), view, { locale: 'en-US', demoTenant: true, showNames: true })],
  ['empty report', reportCard(report([]), view, { locale: 'de-DE', demoTenant: false, showNames: true })],
  ['help', helpCard({ examples: EXAMPLES, demoTenant: true })],
  ['help without examples', helpCard({ examples: [], demoTenant: false })],
  ['not understood', notUnderstoodCard({ reason: 'missing', message: 'Which period?' }, EXAMPLES)],
  ['error', errorCard({ title: 'Failed', detail: 'Graph said no.', whatToTry: 'Retry.', code: 'Forbidden', requestId: 'r-1' })],
  ['error without references', errorCard({ title: 'Failed', detail: 'Graph said no.', whatToTry: 'Retry.' })],
  ['report without names', reportCard(tenantReport(25, true), view, { locale: 'en-US', demoTenant: true, showNames: false })],
  ['person', personCard(big, periodicOf(big), personData(big, first), OPTIONS, TODAY)],
  ['unknown person', personCard(big, periodicOf(big), personData(big, '00000000-0000-4000-8000-999999999999'), OPTIONS, TODAY)],
  ['calls', callsCard(big, callsOf(first, 40), callsData(big, first, 1), OPTIONS)],
  ['no calls', callsCard(big, [], callsData(big, first), OPTIONS)],
  ['countries', countriesCard(big, countriesData(big), OPTIONS)],
  ['country', countryCard(big, countryData(big, 'US'), OPTIONS)],
  ['unknown country', countryCard(big, countryData(big, 'ZZ'), OPTIONS)],
  ['destinations', destinationsCard(big, periodicOf(big), destinationsData(big), OPTIONS, TODAY)],
  ['trend', trendCard(big, periodicOf(big), baselineOf(big, tenantReport(20, true)), trendData(big), OPTIONS, TODAY)],
  ['trend without names', trendCard(big, periodicOf(big), baselineOf(big, tenantReport(20, true)), trendData(big), { ...OPTIONS, showNames: false }, TODAY)],
  ['names hidden', namesHiddenCard(reportRequest(questionOf(big)), 'USD', OPTIONS)],
  ['comparison', comparisonCard(big, tenantReport(20, true), comparisonRequest(questionOf(big), { ...questionOf(big), kind: 'named' }), OPTIONS)],
  ['empty comparison', comparisonCard(report([]), report([]), comparisonRequest({ ...questionOf(big), clippedToToday: true }, { ...questionOf(big), kind: 'yearEarlier' }), OPTIONS)],
  ['forecast', forecastCard(forecast(DECEMBER, '2026-12-10', { toDate: big, complete: big, weeks: forecastWindows(DECEMBER, '2026-12-10').weeks.map(() => big) }, [{ currency: 'USD', amountMicros: 1 }]), forecastRequest({ range: DECEMBER, phrase: 'forecast', clippedToToday: false, reachedPastToday: false }), 'month', undefined, OPTIONS)],
  ['empty forecast', forecastCard(forecast(DECEMBER, '2026-12-01', { toDate: report([]), complete: undefined, weeks: [report([])] }, []), forecastRequest({ range: DECEMBER, phrase: 'forecast', clippedToToday: false, reachedPastToday: false }), 'month', 'unset', OPTIONS)],
];

describe.each(cards)('the %s card', (_, card) => {
  it('is version 1.5', () => {
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  });

  it('has no unbound template expression left', () => {
    expect(allStrings(card).filter((s) => s.includes('${'))).toEqual([]);
    expect(JSON.stringify(card)).not.toContain('$when');
    expect(JSON.stringify(card)).not.toContain('"$data"');
  });

  it('uses only Adaptive Cards 1.5 element and action types, and Teams charts that fall back to one', () => {
    expect([...typesUsed(card)].filter((type) => !KNOWN_TYPES.has(type) && !CHARTS.has(type))).toEqual([]);
    for (const chart of elementsOf(card, (e) => CHARTS.has(String(e.type)))) {
      expect(KNOWN_TYPES.has(String((chart.fallback as { type?: unknown } | undefined)?.type))).toBe(true);
    }
  });

  it('ends every line chart\'s value axis on a round number at or above its largest point (niceAxis)', () => {
    for (const chart of elementsOf(card, (e) => e.type === 'Chart.Line')) {
      const ys = (chart.data as Array<{ values: Array<{ y: number }> }>).flatMap((series) => series.values.map((v) => v.y));
      expect(chart.yMax).toBe(niceAxis(Math.max(0, ...ys)).max);
    }
  });

  it('has no empty button row', () => {
    expect(JSON.stringify(card)).not.toContain('"type":"ActionSet","actions":[]');
  });

  it('fits the smallest message limit', () => {
    expect(cardSize(card)).toBeLessThan(MAX_CARD_BYTES);
  });
});

describe('cardSize', () => {
  it('counts UTF-8 bytes of the JSON', () => {
    expect(cardSize({ a: 'é' })).toBe('{"a":"é"}'.length + 1);
  });

  it('keeps even an adversarial report card under 28 KB with room to spare: long multibyte names, 40 currencies, a long phrase', () => {
    const emoji = '👩‍💼'.repeat(200);
    const people = Array.from({ length: 30 }, (_, k) =>
      spender(k + 1, 100_000_000_000_000 - k, {
        userDisplayName: `${emoji}\u0000"\\`,
        userPrincipalName: `${'ü'.repeat(300)}@contoso.com`,
        countries: ['US', 'DE', 'FR', 'GB', 'IT', 'ES', 'XXXXXXXX'],
      }),
    );
    const codes = Array.from({ length: 40 }, (_, k) => `C${String.fromCharCode(65 + (k % 26))}${String.fromCharCode(65 + Math.floor(k / 26))}`);
    const worst = report(codes.map((code) => currencyReport(code, people)));
    const card = reportCard(worst, reportView({ page: 1, clippedToToday: true, currency: codes[30] ?? '', phrase: '🙂'.repeat(5_000) }), { locale: 'en-US', demoTenant: true, showNames: true });
    expect(cardSize(card)).toBeLessThan(MAX_CARD_BYTES * 0.85);
  });
});

describe('clip', () => {
  it.each([
    ['short', 10, 'short'],
    ['  a \n b  ', 10, 'a b'],
    ['Alexandria Ocasio-Rodriguez', 10, 'Alexandri…'],
    ['😀😀😀😀', 3, '😀😀…'],
  ])('clips %j to %d code points as %j', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
  });
});
