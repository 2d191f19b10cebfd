/**
 * Graph's documented limits through the running bot: a one-year question of 100+ pages keeps to 50
 * report requests in any window and never meets a 429. Graph's minute is compressed to a second on
 * both sides (the bot's pacer and the demo tenant's limits), so the test takes seconds, not minutes.
 */
import { startApp, type RunningApp } from '../../src/app';
import { formatMoney } from '../../src/cards/format';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { reportWindows } from '../../src/graph/reportWindows';
import { monthWindows } from '../../src/report/monthWindows';
import { cardsIn, cardText, message, post } from '../helpers/botConversation';
import { startFakeBotConnector } from '../helpers/fakeBotConnector';
import { TEST_RETRY } from '../helpers/graphSource';
import { testConfig } from '../helpers/testConfig';

const NOW = new Date('2026-11-27T10:00:00Z');
const YEAR = { first: '2025-11-01', last: '2026-10-31', timeZone: 'UTC' };
/** Graph's minute, compressed. */
const WINDOW_MS = 1_000;
const PAGE_SIZE = 20;

/** The charges of `first`–`last` as the card shows them, summed by the demo tenant apart from the HTTP path. */
function amounts(tenant: DemoTenant, first: string, last: string): string[] {
  const totals = new Map<string, number>();
  for (const w of reportWindows({ first, last, timeZone: 'UTC' })) {
    for (const [currency, sums] of Object.entries(tenant.expectedUsage(new Date(w.fromDateTime), new Date(w.toDateTime)).byCurrency)) {
      totals.set(currency, (totals.get(currency) ?? 0) + sums.chargeMicros);
    }
  }
  return [...totals].map(([currency, micros]) => formatMoney(micros, currency, 'en-US'));
}

describe("Graph's documented throttling limits", () => {
  let app: RunningApp;
  let tenant: DemoTenant;

  beforeAll(async () => {
    app = await startApp(testConfig(), {
      clock: () => NOW,
      // Graph's three limits, as documented, in a compressed minute; the bot paces at its default (50 per function).
      demoTenant: { users: 600, pageSize: PAGE_SIZE, now: () => NOW, throttling: { windowMs: WINDOW_MS } },
      graph: { retry: TEST_RETRY, pacingWindowMs: WINDOW_MS },
      turnBudgetMs: 9_000,
    });
    tenant = app.demoTenant as DemoTenant;
  });
  afterAll(() => app.close());

  it('answers a one-year question of 100+ pages exactly, never over 50 report requests in any window, without a 429', async () => {
    // The windows the bot asks Graph for: the year's months, one request window each.
    const windows = monthWindows(YEAR).flatMap(reportWindows);
    const usages = windows.map((w) => tenant.expectedUsage(new Date(w.fromDateTime), new Date(w.toDateTime)));
    const pages = usages.reduce((sum, usage) => sum + Math.max(1, Math.ceil(usage.rowCount / PAGE_SIZE)), 0);
    expect(pages).toBeGreaterThanOrEqual(100);

    const started = Date.now();
    const { body } = await post(app.url, message(`cost from ${YEAR.first} to ${YEAR.last}`));
    const elapsed = Date.now() - started;

    const text = cardText(cardsIn(body)[0]);
    for (const amount of amounts(tenant, YEAR.first, YEAR.last)) expect(text).toContain(amount);
    expect(tenant.stats.pagesServed).toBe(pages);
    expect(tenant.stats.maxRequestsInAnyMinute).toBeLessThanOrEqual(50);
    expect(tenant.stats.throttledRequests).toBe(0);
    // More pages than one window allows: the pacing had to wait for the window to move.
    expect(elapsed).toBeGreaterThanOrEqual(Math.floor((pages - 1) / 50) * WINDOW_MS);
  });
});

describe('a question Graph asks us to slow down for', () => {
  it('says so in the "still preparing" note, then posts the exact answer', async () => {
    const connector = await startFakeBotConnector();
    const app = await startApp(testConfig({ QUESTION_TIMEOUT_SECONDS: '1' }), {
      clock: () => NOW,
      demoTenant: { users: 50, now: () => NOW },
      graph: { retry: TEST_RETRY },
      turnBudgetMs: 5_000,
    });
    try {
      const tenant = app.demoTenant as DemoTenant;
      tenant.faults.next({ kind: 'status', status: 429, retryAfterSeconds: 3 });
      const { body } = await post(app.url, { ...message('cost in October 2026'), serviceUrl: connector.serviceUrl });
      const note = body.activities.find((a: { type: string }) => a.type === 'message');
      expect(note.text).toMatch(/Microsoft Graph asks us to slow down.*at most 50 requests a minute/);
      const [late] = await connector.waitForCalls(1);
      const text = cardText(late!.activity.attachments[0].content);
      for (const amount of amounts(tenant, '2026-10-01', '2026-10-31')) expect(text).toContain(amount);
    } finally {
      await app.close();
      await connector.close();
    }
  });
});
