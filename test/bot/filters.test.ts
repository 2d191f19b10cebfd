/** Filtered questions typed to the running bot (real restify, demo tenant over HTTP), checked against the tenant's raw rows filtered here. */
import { startApp, type RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import type { WireRow } from '../../src/demoTenant/reportPage';
import { cardsIn, executeActions, message, post, pressCard } from '../helpers/botConversation';
import { visibleText } from '../helpers/cardJson';
import { TEST_RETRY } from '../helpers/graphSource';
import { rowsOf, totalsOf, usd } from '../helpers/rowSums';
import { testConfig } from '../helpers/testConfig';

const NOW = new Date('2026-12-04T12:00:00Z');

async function card(app: RunningApp, activity: unknown): Promise<unknown> {
  const { status, body } = await post(app.url, activity);
  expect(status).toBe(200);
  const [found] = cardsIn(body);
  if (!found) throw new Error('no card');
  return found;
}

describe('filters through the bot, against the demo tenant\'s rows', () => {
  let app: RunningApp;
  let tenant: DemoTenant;
  let november: WireRow[];
  let q3: WireRow[];

  beforeAll(async () => {
    app = await startApp(testConfig(), { clock: () => NOW, demoTenant: { users: 500, now: () => NOW }, graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 } });
    tenant = app.demoTenant as DemoTenant;
    november = await rowsOf(tenant, '2026-11-01T00:00:00Z', '2026-11-30T23:59:59.999Z');
    // A quarter is over 90 days: read month by month, as Graph allows.
    q3 = [
      ...(await rowsOf(tenant, '2026-07-01T00:00:00Z', '2026-07-31T23:59:59.999Z')),
      ...(await rowsOf(tenant, '2026-08-01T00:00:00Z', '2026-08-31T23:59:59.999Z')),
      ...(await rowsOf(tenant, '2026-09-01T00:00:00Z', '2026-09-30T23:59:59.999Z')),
    ];
  });
  afterAll(async () => {
    await app.close();
  });

  const where = (rows: WireRow[], country?: string, destination?: string): WireRow[] =>
    rows.filter((row) => (country === undefined || row.usageLocation === country) && (destination === undefined || row.destinationContext === destination));

  it.each([
    ['international calls from Germany last month', 'DE', 'International', 'Germany (DE) (usage location) · International'],
    ['cost for Germany last month', 'DE', undefined, 'Germany (DE) (usage location)'],
    ['domestic calls last month', undefined, 'Domestic', 'Domestic'],
    ['German users, overseas, last month', 'DE', 'International', 'Germany (DE) (usage location) · International'],
  ])('%s: the filtered total, never the whole tenant\'s', async (question, country, destination, narrowed) => {
    const shown = await card(app, message(question));
    const text = visibleText(shown);
    const filtered = totalsOf(where(november, country, destination), 'USD').total;
    const whole = totalsOf(november, 'USD').total;
    expect(filtered.calls).toBeGreaterThan(0);
    expect(text).toContain(usd(filtered.micros));
    expect(text).toContain(filtered.calls.toLocaleString('en-US'));
    expect(text).not.toContain(usd(whole.micros));
    expect(text).toContain('Narrowed to:');
    expect(text).toContain(narrowed);
  });

  it('domestic calls by people in France in Q3', async () => {
    const text = visibleText(await card(app, message('domestic calls by people in France in Q3')));
    const filtered = totalsOf(where(q3, 'FR', 'Domestic'), 'USD').total;
    expect(text).toContain(usd(filtered.micros));
    expect(text).not.toContain(usd(totalsOf(q3, 'USD').total.micros));
    expect(text).toContain('People whose usage location is France (FR), wherever they called');
  });

  it('a chip\'s button shows the same view without that filter; the ranking buttons keep the filters', async () => {
    const shown = await card(app, message('international calls from Germany last month'));
    const buttons = executeActions(shown);
    const allLocations = buttons.find((b) => b.title === 'Show all locations');
    if (!allLocations) throw new Error('no Show all locations');
    const international = visibleText(await pressCard(app.url, allLocations));
    expect(international).toContain(usd(totalsOf(where(november, undefined, 'International'), 'USD').total.micros));
    expect(international).not.toContain('Germany');
    expect(international).toContain('International calls only');
    const byCalls = buttons.find((b) => b.title === 'Rank by calls');
    if (!byCalls) throw new Error('no Rank by calls');
    const ranked = visibleText(await pressCard(app.url, byCalls));
    expect(ranked).toContain(usd(totalsOf(where(november, 'DE', 'International'), 'USD').total.micros));
  });

  it('a place nobody knows is named, with no totals', async () => {
    const text = visibleText(await card(app, message('cost in Narnia last month')));
    expect(text).toContain('Narnia');
    expect(text).not.toContain(usd(totalsOf(november, 'USD').total.micros));
  });

  it('a filtered comparison says what it is narrowed to, and both periods are the filtered sums', async () => {
    const october = await rowsOf(tenant, '2026-10-01T00:00:00Z', '2026-10-31T23:59:59.999Z');
    const text = visibleText(await card(app, message('international calls from Germany, November vs October')));
    expect(text).toContain('Narrowed to:');
    expect(text).toContain('Germany (DE) (usage location) · International');
    expect(text).toContain(usd(totalsOf(where(november, 'DE', 'International'), 'USD').total.micros));
    expect(text).toContain(usd(totalsOf(where(october, 'DE', 'International'), 'USD').total.micros));
    expect(text).not.toContain(usd(totalsOf(november, 'USD').total.micros));
  });

  it('a filtered forecast says what it is narrowed to and is not set against the whole tenant\'s budget', async () => {
    const budgeted = await startApp(testConfig({ MONTHLY_BUDGET: '2500 USD' }), { clock: () => NOW, demoTenant: { users: 500, now: () => NOW }, graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 } });
    try {
      const narrowed = visibleText(await card(budgeted, message('international: what will this month cost?')));
      expect(narrowed).toContain('Narrowed to:');
      expect(narrowed).toContain('International calls only');
      expect(narrowed).toContain('The monthly budget is for the whole tenant, so it is not compared with this narrowed projection.');
      const whole = visibleText(await card(budgeted, message('what will this month cost?')));
      expect(whole).not.toContain('Narrowed to:');
      expect(whole).toMatch(/budget of \$2,500\.00/);
    } finally {
      await budgeted.close();
    }
  });
});
