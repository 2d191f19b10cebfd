import { startApp, type RunningApp } from '../../src/app';
import { testConfig } from '../helpers/testConfig';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { formatMoney } from '../../src/cards/format';
import { MAX_CARD_BYTES, cardSize } from '../../src/cards/cardSize';
import { botAdded, cardAction, cardsIn, cardText, executeActions, message, post } from '../helpers/botConversation';
import { TEST_RETRY } from '../helpers/graphSource';

const NOW = new Date('2026-11-27T10:00:00Z');

describe('the bot behind a real restify server, answering from the demo tenant', () => {
  let app: RunningApp;
  let tenant: DemoTenant;

  beforeAll(async () => {
    app = await startApp(testConfig(), {
      clock: () => NOW,
      demoTenant: { users: 500, now: () => NOW },
      graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 },
    });
    tenant = app.demoTenant as DemoTenant;
  });
  afterAll(() => app.close());
  afterEach(() => tenant.faults.clear());

  it('is healthy once listening, in local mode, without secrets', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ status: 'ready', mode: 'local', graph: 'demo tenant' });
    expect(body).not.toContain(tenant.clientSecret);
  });

  it('welcomes with the help card when it is installed', async () => {
    const { body } = await post(app.url, botAdded());
    const [card] = cardsIn(body);
    expect(cardText(card)).toContain('last month');
    expect(cardText(card)).toMatch(/demo tenant/i);
  });

  it('answers "what did dial-out cost last month?" with a typing indicator, then the exact totals and top 10', async () => {
    const { status, body } = await post(app.url, message('what did dial-out cost last month?'));
    expect(status).toBe(200);
    expect(body.activities[0].type).toBe('typing');
    const [card] = cardsIn(body);
    const text = cardText(card);
    const usage = tenant.expectedUsage(new Date('2026-10-01T00:00:00Z'), new Date('2026-10-31T23:59:59.999Z'));
    expect(text).toContain(formatMoney(usage.byCurrency.USD!.chargeMicros, 'USD', 'en-US'));
    expect(text).toContain(formatMoney(usage.byCurrency.EUR!.chargeMicros, 'EUR', 'en-US'));
    expect(text).toMatch(/Oct 1, 2026/);
    expect(text).toMatch(/Oct 31, 2026/);
    expect(text).toContain('UTC');
    expect(text).toMatch(/Showing 1.10 of \d+/);
    expect(cardSize(card)).toBeLessThan(MAX_CARD_BYTES);
    expect(executeActions(card).map((a) => a.title)).toContain('Next 10');
  });

  it('answers an example button (Action.Submit with the question as `ask`) as if the question had been typed', async () => {
    const { text: _typed, ...submit } = message('');
    const { status, body } = await post(app.url, { ...submit, value: { ask: 'What did dial-out cost last month?' } });
    expect(status).toBe(200);
    const [card] = cardsIn(body);
    const usage = tenant.expectedUsage(new Date('2026-10-01T00:00:00Z'), new Date('2026-10-31T23:59:59.999Z'));
    expect(cardText(card)).toContain(formatMoney(usage.byCurrency.USD!.chargeMicros, 'USD', 'en-US'));
    // With anything beside `ask` it is no example: it is read as a (forged) button and refused.
    const forged = await post(app.url, { ...submit, value: { ask: 'cost last month', verb: 'view' } });
    expect(cardsIn(forged.body)).toEqual([]);
  });

  it('pages with Next 10 and Previous from the cache, without a Graph request', async () => {
    const first = cardsIn((await post(app.url, message('cost last month'))).body)[0];
    const next = executeActions(first).find((a) => a.title === 'Next 10')!;
    const requestsBefore = tenant.stats.reportRequests;
    const { body: nextResponse } = await post(app.url, cardAction(next.verb, next.data));
    expect(nextResponse.statusCode).toBe(200);
    expect(nextResponse.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(nextResponse.value)).toMatch(/Showing 11.20 of \d+/);
    const previous = executeActions(nextResponse.value).find((a) => a.title === 'Previous')!;
    const { body: back } = await post(app.url, cardAction(previous.verb, previous.data));
    expect(cardText(back.value)).toMatch(/Showing 1.10 of \d+/);
    expect(tenant.stats.reportRequests).toBe(requestsBefore);
  });

  it('reads the date in the user\'s time zone', async () => {
    const { body } = await post(app.url, message('cost last month', { timeZone: 'Asia/Kolkata' }));
    expect(cardText(cardsIn(body)[0])).toContain('Asia/Kolkata');
  });

  it('removes its own @mention in a channel before reading', async () => {
    const activity = {
      ...message('<at>Dial-out Insights</at> cost last month', { conversationType: 'channel' }),
      entities: [{ type: 'mention', mentioned: { id: 'bot-1', name: 'Dial-out Insights' }, text: '<at>Dial-out Insights</at>' }],
    };
    const { body } = await post(app.url, activity);
    expect(cardText(cardsIn(body)[0])).toMatch(/Oct 31, 2026/);
  });

  it('answers a question without a period with examples, never an assumed range', async () => {
    const requestsBefore = tenant.stats.reportRequests;
    const { body } = await post(app.url, message('how much did we spend?'));
    const [card] = cardsIn(body);
    expect(cardText(card)).toMatch(/last month/i);
    expect(tenant.stats.reportRequests).toBe(requestsBefore);
  });

  it('shows a clear error card with the request id when Graph fails', async () => {
    tenant.faults.next({ kind: 'status', status: 403 });
    const { body } = await post(app.url, message('cost in September'));
    const text = cardText(cardsIn(body)[0]);
    expect(text).toContain('CallRecords.Read.All');
    expect(text).toMatch(/Request id: [0-9a-f-]{36}/);
  });

  it('refuses a forged or unknown card action', async () => {
    const { body: unknown } = await post(app.url, cardAction('deleteEverything', {}));
    expect(unknown.statusCode).toBe(400);
    const forged = { verb: 'view', view: 'report', range: { first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' }, currency: 'USD', page: -1, phrase: 'x', clippedToToday: false, ranking: 'cost' };
    const { body: negative } = await post(app.url, cardAction('view', forged));
    expect(negative.statusCode).toBe(400);
    const { body: polluted } = await post(app.url, cardAction('view', JSON.parse('{"__proto__":{"admin":true}}')));
    expect(polluted.statusCode).toBe(400);
  });

  it('says "no dial-out usage recorded" for a range without usage', async () => {
    const { body } = await post(app.url, message('cost from 2020-01-01 to 2020-01-31'));
    expect(cardText(cardsIn(body)[0])).toMatch(/No dial-out usage recorded/);
  });
});
