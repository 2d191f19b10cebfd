/** A "this year" trend through the bot (real restify, real templates, demo tenant over HTTP): the partial last month drawn apart, the calendar baseline named, figures checked against the tenant's rows. */
import { startApp, type RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { cardsIn, message, post } from '../helpers/botConversation';
import { elementsOf, visibleText } from '../helpers/cardJson';
import { TEST_RETRY } from '../helpers/graphSource';
import { cents, rowsOf, totalsOf, usd } from '../helpers/rowSums';
import { testConfig } from '../helpers/testConfig';

const NOW = new Date('2026-11-27T10:00:00Z');

/** Jan 1 through Nov 27 of `year` in USD micro-units, read two months at a time (the report takes at most 90 days). */
async function yearToNov27(tenant: DemoTenant, year: number): Promise<number> {
  const windows = [['01-01', '02-28'], ['03-01', '04-30'], ['05-01', '06-30'], ['07-01', '08-31'], ['09-01', '10-31'], ['11-01', '11-27']];
  let micros = 0;
  for (const [first, last] of windows) micros += totalsOf(await rowsOf(tenant, `${year}-${first}T00:00:00Z`, `${year}-${last}T23:59:59.999Z`), 'USD').total.micros;
  return micros;
}

describe('a "this year" trend on Nov 27, 2026, through the bot', () => {
  let app: RunningApp;
  let tenant: DemoTenant;
  let card: Record<string, unknown>;

  beforeAll(async () => {
    app = await startApp(testConfig(), { clock: () => NOW, demoTenant: { users: 500, now: () => NOW }, graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 } });
    tenant = app.demoTenant as DemoTenant;
    card = cardsIn((await post(app.url, message('trend this year'))).body).at(-1);
  });
  afterAll(() => app.close());

  it('draws January to October as the line and November, 27 of 30 days with the last 2 still arriving, apart', async () => {
    const [line] = elementsOf(card, (e) => e.type === 'Chart.Line');
    const series = line!.data as Array<{ legend: string; values: Array<{ x: string; y: number }> }>;
    expect(series.map((s) => s.legend)).toEqual(['Cost per month in USD', 'Partial month']);
    expect(series[0]!.values.map((v) => v.x)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct'].map((m) => `${m} 2026`));
    const november = totalsOf(await rowsOf(tenant, '2026-11-01T00:00:00Z', '2026-11-27T23:59:59.999Z'), 'USD').total;
    expect(series[1]!.values).toEqual([series[0]!.values.at(-1), { x: 'Nov 2026', y: cents(november.micros) }]);
    expect(visibleText(card)).toContain(`Nov 1, 2026 – Nov 27, 2026 · partial (27 of 30 days; the last 2 days still arriving)\n${november.calls.toLocaleString('en-US')}`);
  });

  it('compares the year so far with the same days of 2025, and says so in its header', async () => {
    const now = await yearToNov27(tenant, 2026);
    const then = await yearToNov27(tenant, 2025);
    const percent = (((now - then) * 100) / then).toFixed(1);
    expect(visibleText(card)).toContain('Compared with the same days of 2025 (Jan 1, 2025 – Nov 27, 2025 (UTC))');
    expect(visibleText(card)).toContain(`${now > then ? '+' : ''}${percent}% vs the same days of 2025 (Jan 1, 2025 – Nov 27, 2025 (UTC)): ${usd(then)} → ${usd(now)}`);
  });
});
