/** The drilled-down cards on their own: sizes at 100,000 people and 5,000 calls, charts matching their fallbacks, names hidden, edge pages. */
import { callsCard } from '../../src/cards/callsCard';
import { cardSize, MAX_CARD_BYTES } from '../../src/cards/cardSize';
import { chartMinutes, chartMoney } from '../../src/cards/chartValues';
import { countriesCard } from '../../src/cards/countriesCard';
import { countryCard } from '../../src/cards/countryCard';
import { destinationsCard } from '../../src/cards/destinationsCard';
import { personCard } from '../../src/cards/personCard';
import { reportCard } from '../../src/cards/reportCard';
import { trendCard } from '../../src/cards/trendCard';
import type { Report, Spender } from '../../src/report/report';
import { allStrings, cardActions, elementsOf, tableCells, texts, visibleText } from '../helpers/cardJson';
import { baselineOf, callsData, callsOf, countriesData, countryData, destinationsData, periodicOf, personData, TODAY, trendData } from '../helpers/drilldownFixtures';
import { reportView } from '../helpers/viewRequests';
import { currencyReport, report, spender, syntheticSpenders, tenantReport } from '../helpers/reportFixtures';

const OPTIONS = { locale: 'en-US', demoTenant: true, showNames: true };
const TWO_YEARS = { first: '2024-11-28', last: '2026-11-27', timeZone: 'Europe/Berlin' };

/** 100,000 people in USD over two years, in 40 usage locations, the first with rows in every one of them. */
function hugeReport(): Report {
  const codes = Array.from({ length: 40 }, (_, k) => `${String.fromCharCode(65 + (k % 26))}${String.fromCharCode(65 + Math.floor(k / 26))}`);
  const people: Spender[] = syntheticSpenders(100_000).map((s, i) => ({ ...s, countries: [codes[i % 40]!], firstCountry: codes[i % 40]! }));
  const first = people[0]!;
  people[0] = spender(1, first.chargeMicros, {
    calls: 80,
    seconds: 8_000,
    slices: codes.flatMap((country) => (['Domestic', 'International'] as const).map((destination) => ({ country, destination, calls: 1, seconds: 100, chargeMicros: first.chargeMicros / 80 }))),
  });
  return report([currencyReport('USD', people)], TWO_YEARS);
}

/**
 * Every chart's figures against its fallback's: same count, and each amount the same number. A line drawn in
 * several series (a partial period's lighter segment repeats its whole neighbour) is joined by x first; its column
 * is the destination its legend names (Domestic, International), else the table's last.
 */
function expectChartsMatchFallbacks(card: unknown): void {
  const charts = elementsOf(card, (e) => String(e.type).startsWith('Chart.'));
  for (const chart of charts) {
    const fallback = chart.fallback as { rows: Array<{ cells: Array<{ items: Array<{ text: string }> }> }>; firstRowAsHeader?: boolean };
    const rows = fallback.rows.slice(fallback.firstRowAsHeader ? 1 : 0).map((row) => row.cells.map((cell) => cell.items[0]!.text));
    const lines = new Map<number, Map<string, number>>();
    if (chart.type === 'Chart.Line') {
      for (const series of chart.data as Array<{ legend: string; values: Array<{ x: string; y: number }> }>) {
        const column = series.legend.startsWith('Domestic') ? 1 : series.legend.startsWith('International') ? 2 : rows[0]!.length - 1;
        const line = lines.get(column) ?? new Map<string, number>();
        for (const point of series.values) {
          if (line.has(point.x)) expect(line.get(point.x)).toBe(point.y);
          line.set(point.x, point.y);
        }
        lines.set(column, line);
      }
    } else {
      // The spenders chart's last bar is its scale (see spendersChart), not a row.
      const data = (chart.data as Array<{ x?: string; value?: number; y?: number }>).filter((d) => !d.x?.startsWith('Scale'));
      lines.set(1, new Map(data.map((d, i) => [String(i), d.value ?? d.y ?? NaN])));
    }
    for (const [column, line] of lines) {
      expect(line.size).toBe(rows.length);
      [...line.values()].forEach((y, i) => expect(Number(rows[i]![column]!.replace(/[^0-9.-]/g, ''))).toBe(y));
    }
  }
}

describe('the drilled-down cards', () => {
  const huge = hugeReport();
  const periodic = periodicOf(report([currencyReport('USD', huge.currencies[0]!.spenders.slice(0, 2_000))], TWO_YEARS));
  const top = huge.currencies[0]!.spenders[0]!.userId;

  it.each([
    ['report', () => reportCard(huge, reportView({ page: 9_999, phrase: 'last 2 years', ranking: 'minutes' }), OPTIONS)],
    ['person with rows in 40 countries and 25 months', () => personCard(huge, periodic, { ...personData(huge, top), range: TWO_YEARS }, OPTIONS, TODAY)],
    ['calls of a person with 5,000 calls', () => callsCard(huge, callsOf(top, 5_000), callsData(huge, top, 200), OPTIONS)],
    ['countries', () => countriesCard(huge, countriesData(huge, 3), OPTIONS)],
    ['country of 2,500 people', () => countryCard(huge, countryData(huge, 'AB', 100), OPTIONS)],
    ['destinations over 25 months', () => destinationsCard(huge, periodic, destinationsData(huge), OPTIONS, TODAY)],
    ['trend over 25 months', () => trendCard(huge, periodic, baselineOf(huge, tenantReport(50_000)), trendData(huge), OPTIONS, TODAY)],
  ])('keeps the %s card under 28 KB with 100,000 people', (_, build) => {
    const card = build();
    expect(cardSize(card)).toBeLessThan(MAX_CARD_BYTES);
    expectChartsMatchFallbacks(card);
  });

  it('pages 5,000 calls twelve at a time and brings a page past the end back to the last', () => {
    const calls = callsOf(top, 5_000);
    expect(visibleText(callsCard(huge, calls, callsData(huge, top, 0), OPTIONS))).toContain('Calls 1–12 of 5,000');
    const last = callsCard(huge, calls, callsData(huge, top, 100_000), OPTIONS);
    expect(visibleText(last)).toContain('Calls 4,993–5,000 of 5,000');
    // Call 4,993 starts 1,664 hours after 1 Oct 12:00 UTC: 9 Dec, 21:00 in Berlin; every third call is International.
    expect(tableCells(last)[0]).toEqual([['Dec 9, 2026, 9:00 PM', 'United Kingdom · International · 1:01'], ['$0.25']]);
    expect(visibleText(last)).toContain('The dial-out report shows 80 calls');
  });

  it('names nobody where names may not be shown', () => {
    const hidden = { ...OPTIONS, showNames: false };
    const small = tenantReport(30, true);
    const cards = [
      reportCard(small, reportView(), hidden),
      countriesCard(small, countriesData(small), hidden),
      destinationsCard(small, periodicOf(small), destinationsData(small), hidden, TODAY),
      trendCard(small, periodicOf(small), baselineOf(small, tenantReport(20)), trendData(small), hidden, TODAY),
    ];
    for (const card of cards) {
      const strings = allStrings(card).join('\n');
      expect(strings).not.toMatch(/@contoso\.com|User \d/);
      expect(strings).not.toMatch(/0000-4000-8000/); // no user ids in pick lists either
    }
    expect(visibleText(cards[3])).toContain('named in the bot\'s personal chat only');
  });

  it('draws a person\'s trend from the periodic report, period by period', () => {
    const small = report([currencyReport('USD', [spender(1, 6_000_000), spender(2, 3_000_000)])], { first: '2026-08-01', last: '2026-10-31', timeZone: 'UTC' });
    const card = personCard(small, periodicOf(small), personData(small, small.currencies[0]!.spenders[0]!.userId), OPTIONS, TODAY);
    const [line] = elementsOf(card, (e) => e.type === 'Chart.Line');
    // periodicOf weighs the months 1:2:3.
    expect((line!.data as Array<{ values: unknown }>)[0]!.values).toEqual([
      { x: 'Aug 2026', y: 1 },
      { x: 'Sep 2026', y: 2 },
      { x: 'Oct 2026', y: 3 },
    ]);
  });
});

describe('the shared frame of the drilled-down cards', () => {
  const small = tenantReport(30, true);
  const id = small.currencies[0]!.spenders[0]!.userId;
  const clipped = { phrase: 'Q4', clippedToToday: true, reachedPastToday: true };

  it.each([
    ['Dial-out costs: one person', () => personCard(small, periodicOf(small), { ...personData(small, id), ...clipped }, OPTIONS, TODAY)],
    ['Dial-out calls of one person', () => callsCard(small, callsOf(id, 3), { ...callsData(small, id), ...clipped }, OPTIONS)],
    ['Dial-out costs by country', () => countriesCard(small, { ...countriesData(small), ...clipped }, OPTIONS)],
    ['Dial-out costs: United States (US)', () => countryCard(small, { ...countryData(small, 'US'), ...clipped }, OPTIONS)],
    ['Dial-out costs: Domestic and International', () => destinationsCard(small, periodicOf(small), { ...destinationsData(small), ...clipped }, OPTIONS, TODAY)],
    ['Dial-out cost trend', () => trendCard(small, periodicOf(small), baselineOf(small, tenantReport(20)), { ...trendData(small), ...clipped }, OPTIONS, TODAY)],
  ])('opens the "%s" card with the header and ends it with its buttons', (title, build) => {
    const card = build();
    expect(texts((card.body as unknown[]).slice(0, 5))).toEqual([
      title,
      'Demo tenant — synthetic data',
      'You asked about: ',
      'Q4',
      'Range: ',
      'Oct 1, 2026 – Oct 31, 2026 (Europe/Berlin)',
      'The range reached past today, so it was cut at today.',
    ]);
    const buttons = cardActions(card);
    expect(buttons.map((b) => b.type)).toEqual(buttons.map(() => 'Action.Execute'));
    expect(buttons.at(-1)?.title).toBe('Back to summary');
  });
});

describe('chart values', () => {
  it.each([
    [12_834_999, 'USD', 12.83],
    [12_835_000, 'USD', 12.84],
    [-12_835_000, 'USD', -12.84],
    [1_499_999, 'JPY', 1],
    [1_500_000, 'JPY', 2],
    [1_234_567, 'BHD', 1.235],
  ])('shows %d micro-units of %s as %d, like the text', (micros, currency, value) => {
    expect(chartMoney(micros, currency)).toBe(value);
  });

  it('shows minutes with one decimal', () => {
    expect(chartMinutes(5_430)).toBe(90.5);
    expect(chartMinutes(62)).toBe(1);
  });
});
