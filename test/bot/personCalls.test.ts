/** A person's calls through the bot: paged from the call log, adding up to their report rows; progress in place while slow. */
import { startApp, type RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { cardAction, cardsIn, cardText, executeActions, message, post } from '../helpers/botConversation';
import { tableCells, tableRows, visibleText } from '../helpers/cardJson';
import { startFakeBotConnector, type FakeBotConnector } from '../helpers/fakeBotConnector';
import { TEST_RETRY } from '../helpers/graphSource';
import { peopleOf, rankedByCost, rowsOf, usd } from '../helpers/rowSums';
import { testConfig } from '../helpers/testConfig';

const NOW = new Date('2026-11-27T10:00:00Z');

async function personCard(app: RunningApp, question: string, pick: (ids: string[]) => string): Promise<{ card: any; userId: string }> {
  const report = cardsIn((await post(app.url, message(question))).body)[0];
  const show = executeActions(report).find((a) => a.title === 'Show person')!;
  const choices = JSON.stringify(report).match(/"value":"([0-9a-f-]{36})"/g)!.map((m) => m.slice(9, -1));
  const userId = pick([...new Set(choices)]);
  const { body } = await post(app.url, cardAction(show.verb, { ...show.data, userId }));
  return { card: body.value, userId };
}

describe('a person\'s calls, through the bot', () => {
  let app: RunningApp;
  let tenant: DemoTenant;

  beforeAll(async () => {
    app = await startApp(testConfig(), { clock: () => NOW, demoTenant: { users: 400, pageSize: 500, now: () => NOW }, graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 } });
    tenant = app.demoTenant as DemoTenant;
  });
  afterAll(() => app.close());

  it('lists the top spender\'s calls of October a page at a time, deduplicated, adding up exactly to their report rows', async () => {
    const october = await rowsOf(tenant, '2026-10-01T00:00:00Z', '2026-10-31T23:59:59.999Z');
    const top = rankedByCost(peopleOf(october, 'USD'))[0]!;
    const { card: person } = await personCard(app, 'cost last month', () => top.userId);
    const calls = executeActions(person).find((a) => a.title === 'Calls')!;
    const { body } = await post(app.url, cardAction(calls.verb, calls.data));
    const card = body.value;
    const text = visibleText(card);
    expect(text).toContain(`Calls: ${top.calls}`);
    expect(text).toContain(`Charged: ${usd(top.micros)}`);
    expect(text).toContain('These calls add up exactly to this person\'s rows in the dial-out report.');
    expect(text).toContain(`Calls 1–12 of ${top.calls}`);
    const rows = tableRows(card);
    expect(rows).toHaveLength(Math.min(12, top.calls));
    expect(tableCells(card)[0]![0]![0]).toMatch(/^Oct \d+, 2026, 12:[0-4]\d PM$/); // start time in the user's zone (UTC here)

    const next = executeActions(card).find((a) => a.title.startsWith('Next'))!;
    const requests = tenant.stats.callLogRequests;
    const second = (await post(app.url, cardAction(next.verb, next.data))).body.value;
    expect(visibleText(second)).toContain(`Calls 13–`);
    expect(tenant.stats.callLogRequests).toBe(requests); // paging is served from the cache
    expect(executeActions(second).map((a) => a.title)).toEqual(expect.arrayContaining(['Previous', 'Back to person', 'Back to summary']));
  });

  it('shows calls in the asker\'s time zone', async () => {
    const { card: person } = await personCard(app, 'cost last month', (ids) => ids[0]!);
    const calls = executeActions(person).find((a) => a.title === 'Calls')!;
    const { body } = await post(app.url, cardAction(calls.verb, { ...calls.data, range: { ...(calls.data.range as object), timeZone: 'Asia/Tokyo' } }));
    // Calls start between 12:00 and 12:50 UTC: 21:00–21:50 in Tokyo.
    expect(tableCells(body.value)[0]![0]![0]).toMatch(/, 9:[0-4]\d PM$/);
  });
});

describe('a slow call log', () => {
  let connector: FakeBotConnector;
  let app: RunningApp;

  beforeAll(async () => {
    connector = await startFakeBotConnector();
    app = await startApp(testConfig(), {
      clock: () => NOW,
      // Graph's limits as documented, in a minute compressed to a second on both sides: the read has more pages than 50.
      demoTenant: { users: 200, pageSize: 200, now: () => NOW, pageLatencyMs: 150, throttling: { windowMs: 1_000 } },
      graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000, pacingWindowMs: 1_000 },
      turnBudgetMs: 300,
    });
  });
  afterAll(async () => {
    await app.close();
    await connector.close();
  });

  it('answers the press at once, shows "Fetching calls… n of 8 windows" in place of the card, then replaces it with the calls', async () => {
    const october = await rowsOf(app.demoTenant as DemoTenant, '2026-10-01T00:00:00Z', '2026-10-31T23:59:59.999Z');
    const userId = rankedByCost(peopleOf(october, 'USD'))[0]!.userId;
    // 700 days: eight 90-day windows of the call log, each several slow pages.
    const range = { first: '2024-12-01', last: '2026-10-31', timeZone: 'UTC' };
    const data = { verb: 'view', view: 'calls', range, phrase: 'Dec 2024 to Oct 2026', clippedToToday: false, currency: 'USD', userId, ranking: 'cost', page: 0 };
    const started = Date.now();
    const { body } = await post(app.url, { ...cardAction('view', data), serviceUrl: connector.serviceUrl, replyToId: 'card-7' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });

    const deadline = Date.now() + 15_000;
    while (!connector.calls.some((call) => /Calls \d/.test(cardText(call.activity.attachments?.[0]?.content))) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const texts = connector.calls.map((call) => cardText(call.activity.attachments?.[0]?.content));
    expect(connector.calls.every((call) => call.method === 'PUT' && call.path.endsWith('/activities/card-7'))).toBe(true);
    expect(texts[0]).toMatch(/Fetching calls… \d of 8 windows/);
    expect(texts.at(-1)).toMatch(/Calls 1–\d+ of \d+/);
    expect(texts.at(-1)).toContain('add up exactly');
  }, 20_000);
});
