import { cardAction, cardsIn, cardText, executeActions, message, post } from '../helpers/botConversation';
import { startFakeBotConnector, type FakeBotConnector } from '../helpers/fakeBotConnector';
import { octoberAmounts, startFaultyTenantApp, type FaultyTenantApp } from './faultyTenantApp';

/** Each of October's 3 pages takes this long, so reading the month takes about 1.4 s. */
const SLOW_PAGE_MS = 450;
const SLOW = { pageLatencyMs: SLOW_PAGE_MS, requestTimeoutMs: 2_000 };
const QUESTION = 'what did dial-out cost last month?';

function cardOf(activity: Record<string, any>): unknown {
  return activity.attachments?.[0]?.content;
}

describe('QUESTION_TIMEOUT_SECONDS: a slow answer says it is coming, then arrives proactively', () => {
  let connector: FakeBotConnector;
  let bot: FaultyTenantApp | undefined;

  beforeEach(async () => {
    connector = await startFakeBotConnector();
  });
  afterEach(async () => {
    await bot?.app.close();
    bot = undefined;
    await connector.close();
  });

  it('answers within the timeout with a progress note, then posts the exact card as a reply', async () => {
    bot = await startFaultyTenantApp({ QUESTION_TIMEOUT_SECONDS: '1' }, SLOW);
    const question = { ...message(QUESTION), serviceUrl: connector.serviceUrl };
    const started = Date.now();
    const { status, body } = await post(bot.app.url, question);
    const turnTook = Date.now() - started;
    expect(status).toBe(200);
    expect(turnTook).toBeGreaterThanOrEqual(1_000);
    expect(turnTook).toBeLessThan(1_800);
    expect(body.activities.map((a: any) => a.type)).toEqual(['typing', 'message']);
    expect(body.activities[1].text).toMatch(/still preparing your answer/i);
    expect(cardsIn(body)).toHaveLength(0);

    const [late] = await connector.waitForCalls(1);
    // Proactive: posted into the same conversation (botbuilder gives it a fresh replyToId).
    expect(late!.path).toMatch(/^\/v3\/conversations\/conversation-1\/activities\//);
    const text = cardText(cardOf(late!.activity));
    for (const amount of octoberAmounts(bot.tenant)) expect(text).toContain(amount);
  });

  it('ends the turn at the turn budget, sends the note at the timeout, then the card', async () => {
    bot = await startFaultyTenantApp({ QUESTION_TIMEOUT_SECONDS: '1' }, { ...SLOW, turnBudgetMs: 200 });
    const started = Date.now();
    const { body } = await post(bot.app.url, { ...message(QUESTION), serviceUrl: connector.serviceUrl });
    expect(Date.now() - started).toBeLessThan(800);
    expect(body.activities.map((a: any) => a.type)).toEqual(['typing']);

    const [note, answer] = await connector.waitForCalls(2);
    expect(note!.activity.text).toMatch(/still preparing your answer/i);
    expect(note!.at - started).toBeGreaterThanOrEqual(1_000);
    for (const amount of octoberAmounts(bot.tenant)) expect(cardText(cardOf(answer!.activity))).toContain(amount);
  });

  it('answers a slow button press with a note at once and updates the card in place when ready', async () => {
    const fast = await startFaultyTenantApp();
    const first = cardsIn((await post(fast.app.url, message(QUESTION))).body)[0];
    const next = executeActions(first).find((action) => action.title === 'Next 10')!;
    await fast.app.close();

    // A new instance has no cached report: the page needs a slow read from Graph.
    bot = await startFaultyTenantApp({}, { ...SLOW, turnBudgetMs: 300 });
    const press = { ...cardAction(next.verb, next.data), serviceUrl: connector.serviceUrl, replyToId: 'card-42' };
    const { status, body } = await post(bot.app.url, press);
    expect(status).toBe(200);
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(body.value).toMatch(/still preparing this page/i);

    const [update] = await connector.waitForCalls(1);
    expect(update!.method).toBe('PUT');
    expect(update!.path).toBe('/v3/conversations/conversation-1/activities/card-42');
    expect(cardText(cardOf(update!.activity))).toMatch(/Showing 11.20 of/);
  });
});

describe('shutting down while answering', () => {
  it('lets an answer in preparation finish within the grace period', async () => {
    const { app, tenant } = await startFaultyTenantApp({}, { pageLatencyMs: 200 });
    const answer = post(app.url, message(QUESTION));
    while (tenant.stats.reportRequests === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    await app.close({ graceMs: 10_000 });
    const text = cardText(cardsIn((await answer).body)[0]);
    for (const amount of octoberAmounts(tenant)) expect(text).toContain(amount);
  });

  it('abandons an answer that cannot finish in time, telling the user to ask again', async () => {
    const { app, tenant } = await startFaultyTenantApp({}, { pageLatencyMs: 3_000 });
    const answer = post(app.url, message(QUESTION));
    while (tenant.stats.reportRequests === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const started = Date.now();
    await app.close({ graceMs: 100 });
    expect(Date.now() - started).toBeLessThan(2_500);
    const { status, body } = await answer;
    expect(status).toBe(200);
    expect(body.activities.at(-1).text).toMatch(/restarting.*ask again/i);
    expect(cardsIn(body)).toHaveLength(0);
  });

  it('tells a user whose answer was due later to ask again', async () => {
    const connector = await startFakeBotConnector();
    const { app, tenant } = await startFaultyTenantApp({}, { pageLatencyMs: 3_000, turnBudgetMs: 100 });
    try {
      await post(app.url, { ...message(QUESTION), serviceUrl: connector.serviceUrl });
      expect(tenant.stats.reportRequests).toBe(1);
      await app.close({ graceMs: 100 });
      const [notice] = await connector.waitForCalls(1, 2_000);
      expect(notice!.activity.text).toMatch(/restarting.*ask again/i);
    } finally {
      await connector.close();
    }
  });
});
