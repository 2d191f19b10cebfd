/** Comparisons and forecasts typed to the running bot (real restify, demo tenant over HTTP), checked against sums of the tenant's raw rows. */
import { startApp, type RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { askCard, cardAction, post } from '../helpers/botConversation';
import { tableRows, visibleText } from '../helpers/cardJson';
import { TEST_RETRY } from '../helpers/graphSource';
import { rowsOf, totalsOf, usd } from '../helpers/rowSums';
import { testConfig } from '../helpers/testConfig';

/** Friday, Dec 4: the demo tenant has usage through Dec 3 (UTC). */
const NOW = new Date('2026-12-04T12:00:00Z');

/** USD sums of the raw report pages of the UTC days [first, last]. */
async function dollars(tenant: DemoTenant, first: string, last: string): Promise<{ micros: number; calls: number; seconds: number }> {
  return totalsOf(await rowsOf(tenant, `${first}T00:00:00Z`, `${last}T23:59:59.999Z`), 'USD').total;
}

function ask(app: RunningApp, text: string): Promise<unknown> {
  return askCard(app.url, text);
}

/** "+12.3%" for `now` against `then`, to one decimal, written here from the sums. */
function percentChange(now: number, then: number): string {
  const permille = Math.round((Math.abs(now - then) * 1000) / then) * Math.sign(now - then);
  return `${permille > 0 ? '+' : '-'}${(Math.abs(permille) / 10).toFixed(1)}%`;
}

describe('comparisons and forecasts through the bot, against the demo tenant\'s rows', () => {
  let app: RunningApp;
  let tenant: DemoTenant;

  beforeAll(async () => {
    app = await startApp(testConfig({ MONTHLY_BUDGET: '2500 USD' }), {
      clock: () => NOW,
      demoTenant: { users: 500, now: () => NOW },
      graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 },
    });
    tenant = app.demoTenant as DemoTenant;
  });
  afterAll(async () => {
    await app.close();
  });

  it.each(['compare October with September', 'October vs September', 'september versus october'])(
    '%s: both months\' exact totals and the change',
    async (question) => {
      const card = await ask(app, question);
      const october = await dollars(tenant, '2026-10-01', '2026-10-31');
      const september = await dollars(tenant, '2026-09-01', '2026-09-30');
      const text = visibleText(card);
      expect(text).toContain('Oct 1, 2026 – Oct 31, 2026 (UTC)');
      expect(text).toContain('Sep 1, 2026 – Sep 30, 2026 (UTC)');
      expect(tableRows(card)).toContainEqual(['Cost', usd(september.micros), usd(october.micros)]);
      expect(tableRows(card)).toContainEqual(['Calls', september.calls.toLocaleString('en-US'), october.calls.toLocaleString('en-US')]);
      const delta = october.micros - september.micros;
      expect(text).toContain(`${percentChange(october.micros, september.micros)} (${usd(Math.abs(delta))} ${delta > 0 ? 'more' : 'less'}): ${usd(september.micros)} → ${usd(october.micros)}`);
    },
  );

  it('Q3 vs Q2', async () => {
    const card = await ask(app, 'Q3 vs Q2');
    // A quarter is over 90 days: the test reads it month by month, as Graph allows.
    const sum = async (months: string[][]): Promise<number> => {
      let micros = 0;
      for (const [first, last] of months) micros += (await dollars(tenant, first as string, last as string)).micros;
      return micros;
    };
    const q3 = await sum([['2026-07-01', '2026-07-31'], ['2026-08-01', '2026-08-31'], ['2026-09-01', '2026-09-30']]);
    const q2 = await sum([['2026-04-01', '2026-04-30'], ['2026-05-01', '2026-05-31'], ['2026-06-01', '2026-06-30']]);
    expect(tableRows(card)).toContainEqual(['Cost', usd(q2), usd(q3)]);
  });

  it('this month vs last month: the same days of November, and the card says so', async () => {
    const card = await ask(app, 'this month vs last month');
    const december = await dollars(tenant, '2026-12-01', '2026-12-04');
    const november = await dollars(tenant, '2026-11-01', '2026-11-04');
    expect(tableRows(card)).toContainEqual(['Cost', usd(november.micros), usd(december.micros)]);
    expect(visibleText(card)).toContain('Cut to the same days as the later period (4 so far)');
  });

  it('last month year over year: the same days a year earlier', async () => {
    const card = await ask(app, 'last month year over year');
    const november = await dollars(tenant, '2026-11-01', '2026-11-30');
    const lastYear = await dollars(tenant, '2025-11-01', '2025-11-30');
    expect(tableRows(card)).toContainEqual(['Cost', usd(lastYear.micros), usd(november.micros)]);
    expect(visibleText(card)).toContain('The same days a year earlier.');
  });

  it('what will this month cost: the month so far exactly as reported, and the projection labelled as one', async () => {
    const card = await ask(app, 'what will this month cost?');
    const soFar = await dollars(tenant, '2026-12-01', '2026-12-04');
    const complete = await dollars(tenant, '2026-12-01', '2026-12-02');
    const rate = await dollars(tenant, '2026-11-05', '2026-12-02');
    const projected = complete.micros + Math.round((rate.micros * 29) / 28);
    const text = visibleText(card);
    expect(text).toContain('So far: Dec 1, 2026 – Dec 4, 2026 (UTC), exactly as reported');
    expect(text).toContain(`Cost so far: ${usd(soFar.micros)}`);
    expect(text).toContain('Projection for the whole month (not yet a cost)');
    expect(text).toContain(usd(projected));
    expect(text).toContain('Method: Dec 1, 2026 – Dec 2, 2026 as reported, plus the daily run rate of the 28 complete days Nov 5, 2026 – Dec 2, 2026 for the 29 days from Dec 3, 2026 on');
    expect(text).toMatch(/Projected (within|to go over) the budget of \$2,500\.00/);
    // Month to date is never presented as the month's cost.
    expect(text).not.toMatch(/cost of the month|December cost/i);
  });

  it('forecast this quarter', async () => {
    const text = visibleText(await ask(app, 'forecast this quarter'));
    expect(text).toContain('Dial-out forecast for this quarter');
    expect(text).toContain('So far: Oct 1, 2026 – Dec 4, 2026 (UTC), exactly as reported');
    expect(text).toContain('budget of $7,500.00 (3 × the monthly budget)');
  });

  it('says what it cannot forecast or compare, with no figures', async () => {
    const past = visibleText(await ask(app, 'forecast last month'));
    expect(past).toContain('I can project only the current month or quarter; “last month” is not.');
    const overlap = visibleText(await ask(app, 'this year vs Q3'));
    expect(overlap).toContain('overlap');
    expect(overlap).not.toMatch(/\$\d/);
  });

  it('answers a forecast button of a period that is over with a note, not a projection', async () => {
    const stale = { verb: 'view', view: 'forecast', range: { first: '2026-11-01', last: '2026-11-30', timeZone: 'UTC' }, phrase: 'forecast', clippedToToday: false, currency: 'USD', ranking: 'cost', page: 0 };
    const { body } = await post(app.url, cardAction('view', stale));
    expect(body.statusCode).toBe(200);
    expect(visibleText(body.value)).toContain('This forecast is out of date');
  });
});
