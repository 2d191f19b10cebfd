import { startApp, type RunningApp } from '../../src/app';
import { formatMoney } from '../../src/cards/format';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { cardAction, cardsIn, cardText, executeActions, message, post } from '../helpers/botConversation';
import { startFakeBotConnector, type FakeBotConnector } from '../helpers/fakeBotConnector';
import { TEST_RETRY } from '../helpers/graphSource';
import { testConfig } from '../helpers/testConfig';

/** The bot's and the data's "now": two years of history end the day before. */
const NOW = new Date('2026-11-27T10:00:00Z');
const HEAVY = { userObjectId: '00000000-0000-0000-0000-00000000a11a' };
const OTHER = { userObjectId: '00000000-0000-0000-0000-00000000b22b' };
/** Six different two-year ranges, so none joins another's read. */
const TWO_YEAR_QUESTIONS = Array.from({ length: 6 }, (_, i) => `cost from 2024-11-${20 + i} to 2026-11-${19 + i}`);
/** Most of the bot's pacing allowance (50 report requests in any 60 s, Graph's documented limit; the last 5 are its reserve). */
const MOST_OF_THE_WINDOW = 40;

/** Resolves once the tenant has served most of a window's requests and no more arrive: the bot's pacer holds the rest. */
async function untilPacerHolds(tenant: DemoTenant): Promise<void> {
  let seen = -1;
  while (tenant.stats.reportRequests < MOST_OF_THE_WINDOW || tenant.stats.reportRequests !== seen) {
    seen = tenant.stats.reportRequests;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

describe('fair Graph reads: one admin cannot starve another', () => {
  let connector: FakeBotConnector;
  let app: RunningApp;
  let tenant: DemoTenant;

  beforeEach(async () => {
    connector = await startFakeBotConnector();
    // 1,000 people, 100 rows a page, 150 ms a page: one two-year question needs well over a minute's allowance.
    app = await startApp(testConfig(), {
      clock: () => NOW,
      demoTenant: { users: 1000, pageSize: 100, now: () => NOW, pageLatencyMs: 150 },
      graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 },
      turnBudgetMs: 2_500,
    });
    tenant = app.demoTenant as DemoTenant;
  });
  afterEach(async () => {
    await app.close();
    await connector.close();
  });

  it("answers another admin's one-day question within 2 s and a cached page within 200 ms while one admin runs six two-year questions", async () => {
    const answered = await post(app.url, message('cost last month', OTHER));
    const nextPage = executeActions(cardsIn(answered.body)[0]).find((action) => action.title === 'Next 10');
    expect(nextPage).toBeDefined();
    const heavyCard = cardsIn((await post(app.url, message('cost last month', HEAVY))).body)[0];
    const trend = executeActions(heavyCard).find((action) => action.title === 'Trend');
    expect(trend).toBeDefined();

    const heavy = TWO_YEAR_QUESTIONS.map((text) => post(app.url, { ...message(text, HEAVY), serviceUrl: connector.serviceUrl }));
    // The heavy reads have taken the minute's allowance: a request served in arrival order would now wait for the window to move.
    await untilPacerHolds(tenant);

    const press = await timed(() => post(app.url, cardAction(nextPage!.verb, nextPage!.data, OTHER)));
    expect(press.value.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(press.value.body.value)).toMatch(/Showing 11.20 of/);
    expect(press.ms).toBeLessThan(200);

    const day = await timed(() => post(app.url, message('cost on 2026-11-20', OTHER)));
    const [card] = cardsIn(day.value.body);
    const usage = tenant.expectedUsage(new Date('2026-11-20T00:00:00Z'), new Date('2026-11-20T23:59:59.999Z'));
    const amounts = Object.entries(usage.byCurrency).map(([currency, totals]) => formatMoney(totals.chargeMicros, currency, 'en-US'));
    expect(amounts.length).toBeGreaterThan(0);
    for (const amount of amounts) expect(cardText(card)).toContain(amount);
    expect(day.ms).toBeLessThan(2_000);

    // A button of the heavy admin that needs new reads waits in their lane too, and says so at once.
    const queuedPress = await timed(() => post(app.url, { ...cardAction(trend!.verb, trend!.data, HEAVY), serviceUrl: connector.serviceUrl, replyToId: 'card-7' }));
    expect(queuedPress.value.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(queuedPress.value.body.value).toMatch(/queued behind your earlier question/i);
    expect(queuedPress.ms).toBeLessThan(1_000);

    // Two of the heavy admin's reads run; the other four wait in their lane, and the admin is told so.
    const turns = await Promise.all(heavy);
    const queuedNotes = turns.filter(({ body }) => body.activities.some((a: { text?: string }) => /queued behind your earlier question/i.test(a.text ?? '')));
    expect(queuedNotes).toHaveLength(4);
  });
});
