/** Every drill-down view through the bot's invoke path (real restify, real templates, demo tenant over HTTP), with figures checked against the tenant's rows. */
import { startApp, type RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import type { WireRow } from '../../src/demoTenant/reportPage';
import { cardsIn, executeActions, message, post, pressCard } from '../helpers/botConversation';
import { elementsOf, listedPerson, tableCells, tableRows, visibleText } from '../helpers/cardJson';
import { TEST_RETRY } from '../helpers/graphSource';
import { cents, countriesOf, peopleOf, rankedByCost, rowsOf, totalsOf, usd } from '../helpers/rowSums';
import { testConfig } from '../helpers/testConfig';

const NOW = new Date('2026-11-27T10:00:00Z');
const OCTOBER = ['2026-10-01T00:00:00Z', '2026-10-31T23:59:59.999Z'] as const;
/** October's ISO weeks, cut to the month: the periods of a one-month range. */
const OCTOBER_WEEKS = [
  ['2026-10-01', '2026-10-04'],
  ['2026-10-05', '2026-10-11'],
  ['2026-10-12', '2026-10-18'],
  ['2026-10-19', '2026-10-25'],
  ['2026-10-26', '2026-10-31'],
] as const;

type Card = Record<string, unknown>;

function button(card: unknown, title: string): { verb: string; data: Record<string, unknown> } {
  const found = executeActions(card).find((action) => action.title === title);
  if (!found) throw new Error(`no button "${title}" in: ${executeActions(card).map((a) => a.title).join(', ')}`);
  return found;
}

/** Presses a button (with the pick list's choice, as Teams merges inputs into the data) and returns the new card. */
async function press(app: RunningApp, card: unknown, title: string, inputs: Record<string, string> = {}): Promise<Card> {
  const { verb, data } = button(card, title);
  return (await pressCard(app.url, { verb, data: { ...data, ...inputs } })) as Card;
}

function chartOf(card: unknown, type: string): Card {
  const [chart] = elementsOf(card, (e) => e.type === type);
  if (!chart) throw new Error(`no ${type}`);
  return chart;
}

/** The rows of a chart's fallback table (header skipped when it has one). */
function fallbackRows(chart: Card): string[][] {
  const table = chart.fallback as { rows: Array<{ cells: Array<{ items: Array<{ text: string }> }> }>; firstRowAsHeader?: boolean };
  return table.rows.slice(table.firstRowAsHeader ? 1 : 0).map((row) => row.cells.map((cell) => cell.items.map((item) => item.text).join(' ')));
}

describe('drilling down from the report card, through the bot, against the demo tenant\'s rows', () => {
  let app: RunningApp;
  let tenant: DemoTenant;
  let october: WireRow[];
  let report: Card;

  beforeAll(async () => {
    app = await startApp(testConfig(), { clock: () => NOW, demoTenant: { users: 500, now: () => NOW }, graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 } });
    tenant = app.demoTenant as DemoTenant;
    october = await rowsOf(tenant, ...OCTOBER);
    report = cardsIn((await post(app.url, message('cost last month'))).body)[0];
  });
  afterAll(() => app.close());

  it('offers every view from the report card', () => {
    const titles = executeActions(report).map((action) => action.title);
    expect(titles).toEqual(expect.arrayContaining(['Countries', 'Destinations', 'Trend', 'Export CSV', 'Show person', 'Rank by calls', 'Rank by minutes', 'Next 10']));
  });

  it('ranks spenders by calls and by minutes, and charts the page with the same figures as its table', async () => {
    const people = [...peopleOf(october, 'USD').values()];
    const byCalls = await press(app, report, 'Rank by calls');
    const expectedCalls = [...people].sort((a, b) => b.calls - a.calls || b.micros - a.micros || (a.upn < b.upn ? -1 : 1)).slice(0, 10);
    // Each row: rank | name, UPN, "country · N calls · M min" | cost.
    expect(tableCells(byCalls).map((row) => row[1]!.slice(0, 2).join(' '))).toEqual(expectedCalls.map((p) => listedPerson(p.name, p.upn)));
    expect(tableCells(byCalls).map((row) => row[1]![2]!.split(' · ')[1])).toEqual(expectedCalls.map((p) => `${p.calls.toLocaleString('en-US')} calls`));
    const bars = chartOf(byCalls, 'Chart.HorizontalBar');
    const drawn = bars.data as Array<{ x: string; y: number }>;
    expect(drawn.slice(0, -1).map((bar) => bar.y)).toEqual(expectedCalls.map((p) => p.calls));
    expect(drawn.at(-1)!.x).toBe(`Scale (#1: ${expectedCalls[0]!.calls.toLocaleString('en-US')})`);
    expect(fallbackRows(bars).map((row) => row[1])).toEqual(expectedCalls.map((p) => p.calls.toLocaleString('en-US')));

    const byMinutes = await press(app, byCalls, 'Rank by minutes');
    const expectedMinutes = [...people].sort((a, b) => b.seconds - a.seconds || b.micros - a.micros || (a.upn < b.upn ? -1 : 1)).slice(0, 10);
    expect(tableCells(byMinutes).map((row) => row[1]!.slice(0, 2).join(' '))).toEqual(expectedMinutes.map((p) => listedPerson(p.name, p.upn)));
    expect(visibleText(byMinutes)).toContain('Top spenders in USD by minutes');
    const back = await press(app, byMinutes, 'Rank by cost');
    expect(tableRows(back).map((row) => row[1])).toEqual(tableRows(report).map((row) => row[1]));
  });

  it('shows a person: exact rows by country and destination, share, rank, and cost per week', async () => {
    const ranked = rankedByCost(peopleOf(october, 'USD'));
    const second = ranked[1]!;
    const card = await press(app, report, 'Show person', { userId: second.userId });
    const text = visibleText(card);
    expect(text).toContain(second.name);
    expect(text).toContain(second.upn);
    const total = totalsOf(october, 'USD').total.micros;
    const share = ((second.micros * 100) / total).toFixed(1);
    expect(text).toContain(`Cost: ${usd(second.micros)} (${share}% of all USD)`);
    expect(text).toContain(`Calls: ${second.calls}`);
    expect(text).toContain(`Rank by cost: 2 of ${ranked.length}`);
    const slices = [...second.slices].sort(([, a], [, b]) => b.micros - a.micros);
    // Each row: country, "destination · N calls · M min" | cost.
    expect(tableCells(card).map((row) => [row[0]![1]!.split(' · ')[1], row[1]![0]])).toEqual(slices.map(([, s]) => [`${s.calls} calls`, usd(s.micros)]));

    const weekly = await Promise.all(OCTOBER_WEEKS.map(([first, last]) => rowsOf(tenant, `${first}T00:00:00Z`, `${last}T23:59:59.999Z`)));
    const perWeek = weekly.map((rows) => peopleOf(rows, 'USD').get(second.userId)?.micros ?? 0);
    expect(perWeek.reduce((a, b) => a + b, 0)).toBe(second.micros);
    const line = chartOf(card, 'Chart.Line');
    // Oct 1–4 and Oct 26–31 are partial weeks, drawn as lighter segments of their own that meet the line of whole
    // weeks at its ends: each week is drawn at its figure, whichever series holds it.
    const series = line.data as Array<{ legend: string; values: Array<{ x: string; y: number }> }>;
    expect(series.map((s) => s.legend)).toEqual(['Partial week', 'Cost per week in USD', 'Partial week']);
    const drawn = new Map(series.flatMap((s) => s.values.map((v) => [v.x, v.y] as const)));
    expect([...drawn.values()]).toEqual(perWeek.map(cents));
    expect(fallbackRows(line).map((row) => row[1])).toEqual(perWeek.map(usd));
    expect(executeActions(card).map((a) => a.title)).toEqual(expect.arrayContaining(['Calls', 'Back to summary']));
  });

  it('shows spend by country, each country leading to its people', async () => {
    const countries = await press(app, report, 'Countries');
    const expected = [...countriesOf(october, 'USD')].sort(([, a], [, b]) => b.micros - a.micros);
    // Each row: location, "N people · N calls · M min" | cost | share.
    expect(tableCells(countries).map((row) => [row[0]![0]!.slice(-3, -1), row[0]![1]!.split(' · ')[0], row[1]![0]])).toEqual(
      expected.slice(0, 12).map(([code, c]) => [code, `${c.people.size} people`, usd(c.micros)]),
    );
    // A bar per location, each named beside it (a donut's legend showed two of eight).
    const bars = chartOf(countries, 'Chart.HorizontalBar');
    expect((bars.data as Array<{ y: number }>).slice(0, 7).map((d) => d.y)).toEqual(expected.slice(0, 7).map(([, c]) => cents(c.micros)));
    expect((bars.data as Array<{ x: string }>).slice(0, 7).map((d) => d.x.slice(-3, -1))).toEqual(expected.slice(0, 7).map(([code]) => code));
    expect(fallbackRows(bars).slice(0, 7).map((row) => row[1])).toEqual(expected.slice(0, 7).map(([, c]) => usd(c.micros)));

    const [code, country] = expected[1]!;
    const people = await press(app, countries, 'Show people', { country: code });
    expect(visibleText(people)).toContain(`Cost: ${usd(country.micros)}`);
    expect(visibleText(people)).toContain(`People: ${country.people.size}`);
    const inCountry = october.filter((r) => r.currency === 'USD' && r.usageLocation === code);
    const here = rankedByCost(peopleOf(inCountry, 'USD')).slice(0, 10);
    expect(tableCells(people).map((row) => [row[1]!.slice(0, 2).join(' '), row[2]![0]])).toEqual(here.map((p) => [listedPerson(p.name, p.upn), usd(p.micros)]));
    expect(executeActions(people).map((a) => a.title)).toEqual(expect.arrayContaining(['Back to countries', 'Back to summary', 'Show person']));
  });

  it('shows Domestic vs International for the range and per week', async () => {
    const card = await press(app, report, 'Destinations');
    const { domestic, international } = totalsOf(october, 'USD');
    const donut = chartOf(card, 'Chart.Donut');
    expect(donut.data).toEqual([
      { legend: 'Domestic', value: cents(domestic.micros) },
      { legend: 'International', value: cents(international.micros) },
    ]);
    expect(fallbackRows(donut).map((row) => row.slice(0, 2))).toEqual([
      ['Domestic', usd(domestic.micros)],
      ['International', usd(international.micros)],
    ]);
    const weekly = await Promise.all(OCTOBER_WEEKS.map(([first, last]) => rowsOf(tenant, `${first}T00:00:00Z`, `${last}T23:59:59.999Z`)));
    const expected = weekly.map((rows) => totalsOf(rows, 'USD')).map((t) => [usd(t.domestic.micros), usd(t.international.micros)]);
    expect(fallbackRows(chartOf(card, 'Chart.Line')).map((row) => row.slice(1))).toEqual(expected);
  });

  it('shows the trend per month, the change against the previous three months and the biggest movers', async () => {
    const quarter = cardsIn((await post(app.url, message('cost from 2026-08-01 to 2026-10-31'))).body)[0];
    const card = await press(app, quarter, 'Trend');
    const months = await Promise.all([
      rowsOf(tenant, '2026-08-01T00:00:00Z', '2026-08-31T23:59:59.999Z'),
      rowsOf(tenant, '2026-09-01T00:00:00Z', '2026-09-30T23:59:59.999Z'),
      Promise.resolve(october),
    ]);
    const perMonth = months.map((rows) => totalsOf(rows, 'USD').total);
    const line = chartOf(card, 'Chart.Line');
    expect((line.data as Array<{ values: Array<{ x: string; y: number }> }>)[0]!.values).toEqual([
      { x: 'Aug 2026', y: cents(perMonth[0]!.micros) },
      { x: 'Sep 2026', y: cents(perMonth[1]!.micros) },
      { x: 'Oct 2026', y: cents(perMonth[2]!.micros) },
    ]);
    expect(fallbackRows(line)).toEqual(perMonth.map((m, i) => [expect.stringMatching(new RegExp(`^${['Aug 2026', 'Sep 2026', 'Oct 2026'][i]} ${m.calls.toLocaleString('en-US')} calls · `)), usd(m.micros)]));

    // Three whole months that are no calendar quarter: the three months before, 1 May – 31 Jul 2026.
    const previous = [...(await rowsOf(tenant, '2026-05-01T00:00:00Z', '2026-06-30T23:59:59.999Z')), ...(await rowsOf(tenant, '2026-07-01T00:00:00Z', '2026-07-31T23:59:59.999Z'))];
    const now = perMonth.reduce((sum, m) => sum + m.micros, 0);
    const then = totalsOf(previous, 'USD').total.micros;
    const percent = (((now - then) * 100) / then).toFixed(1);
    expect(visibleText(card)).toContain(`${now > then ? '+' : ''}${percent}% vs the previous 3 months (May 1, 2026 – Jul 31, 2026 (UTC)): ${usd(then)} → ${usd(now)}`);

    const current = peopleOf([...months[0]!, ...months[1]!, ...months[2]!], 'USD');
    const before = peopleOf(previous, 'USD');
    const ids = new Set([...current.keys(), ...before.keys()]);
    const deltas = [...ids]
      .map((id) => ({ id, delta: (current.get(id)?.micros ?? 0) - (before.get(id)?.micros ?? 0), upn: current.get(id)?.upn ?? before.get(id)!.upn }))
      .filter((m) => m.delta !== 0)
      .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.upn < b.upn ? -1 : 1))
      .slice(0, 3);
    const facts = elementsOf(card, (e) => e.type === 'FactSet').flatMap((set) => set.facts as Array<{ value: string }>);
    expect(facts.map((fact) => fact.value.split(' ')[0])).toEqual(deltas.map((m) => `${m.delta > 0 ? '+' : '-'}${usd(Math.abs(m.delta))}`));
  });

  it('has a way back to the summary on every drilled-down card', async () => {
    for (const view of ['Countries', 'Destinations', 'Trend']) {
      const card = await press(app, report, view);
      const summary = await press(app, card, 'Back to summary');
      expect(tableRows(summary)).toEqual(tableRows(report));
    }
  });
});
