/** The monthly summary end to end: trigger auth, posts at a fake Bot Connector, 403/429/failures, catch-up after downtime. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningApp } from '../../src/app';
import { formatMoney } from '../../src/cards/format';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { cardText, post } from '../helpers/botConversation';
import { money, octoberRows, sumsByCurrency } from '../helpers/realisticSums';
import { startFakeConnector, type FakeConnector } from './fakeConnector';
import { NOTIFY_KEY, startSummaryBot, triggerMonth } from './summaryBot';
import { replyTexts, teamsConversation } from './teamsConversation';

function summaryTitles(connector: FakeConnector, conversationId: string): string[] {
  return connector.posts
    .filter((p) => p.conversationId === conversationId)
    .map((p) => p.activity.attachments?.[0]?.content.body.find((e: { size?: string }) => e.size === 'Large')?.text as string);
}

describe('the monthly summary, posted to a fake Bot Connector', () => {
  const NOW = new Date('2026-11-20T10:00:00Z');
  let connector: FakeConnector;
  let stateDir: string;
  let app: RunningApp;

  beforeEach(async () => {
    connector = await startFakeConnector();
    stateDir = await mkdtemp(join(tmpdir(), 'bot-state-'));
    app = await startSummaryBot(stateDir, NOW, { MONTHLY_BUDGET: '1 USD' });
  });
  afterEach(async () => {
    await app.close();
    await connector.close();
    await rm(stateDir, { recursive: true, force: true });
  });

  const conversation = (conversationId: string, conversationType: 'personal' | 'groupChat' | 'channel' = 'groupChat') =>
    teamsConversation({ serviceUrl: connector.url, conversationId, conversationType });

  async function subscribe(...chats: Array<ReturnType<typeof conversation>>): Promise<void> {
    for (const chat of chats) expect(replyTexts((await post(app.url, chat.message('subscribe'))).body)[0]).toMatch(/^Subscribed/);
  }

  it('posts the summary from a tenant sending nullable rows, with exact totals summed apart from the bot', async () => {
    await app.close();
    app = await startSummaryBot(stateDir, NOW, { DEMO_TENANT_REALISTIC: '1' });
    await subscribe(conversation('a:personal-1', 'personal'));
    const result = await triggerMonth(app, { month: '2026-10' });
    expect(result).toMatchObject({ status: 200, body: { posted: 1, failed: 0 } });
    const text = cardText(connector.posts[0]?.activity.attachments?.[0]?.content);
    const usd = sumsByCurrency(await octoberRows(app.demoTenant as DemoTenant)).get('USD');
    expect(text).toContain(money(usd?.cost ?? -1n, 'USD'));
  });

  it('refuses the trigger without the right bearer key', async () => {
    const missing = await triggerMonth(app, undefined, '');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect((await triggerMonth(app, undefined, `Bearer ${NOTIFY_KEY}x`)).status).toBe(401);
    expect((await triggerMonth(app, undefined, NOTIFY_KEY)).status).toBe(401);
    expect((await triggerMonth(app, { month: '2026-13' })).status).toBe(400);
    expect((await triggerMonth(app, { month: '2026-11' })).body.message).toContain('2026-10 or earlier');
    expect((await triggerMonth(app, { month: '2026-10', extra: true })).status).toBe(400);
    expect(connector.posts).toEqual([]);
  });

  it('posts the summary once per subscribed conversation, with exact totals and the full report behind its button', async () => {
    const personal = conversation('a:personal-1', 'personal');
    const group = conversation('19:group@thread.v2');
    const thread = teamsConversation({ serviceUrl: connector.url, conversationId: '19:general@thread.tacv2;messageid=1700000000001', conversationType: 'channel', teamId: '19:general@thread.tacv2' });
    await subscribe(personal, group, thread);
    const tenant = app.demoTenant as DemoTenant;
    const requestsBefore = tenant.stats.reportRequests;

    const first = await triggerMonth(app, { month: '2026-10' });
    expect(first).toMatchObject({ status: 200, body: { month: '2026-10', posted: 3, skipped: 0, failed: 0, removed: 0 } });
    // One read each of October, September and October 2025, however many conversations.
    expect(tenant.stats.reportRequests - requestsBefore).toBe(3);
    expect(connector.posts.map((p) => p.conversationId).sort()).toEqual(['19:general@thread.tacv2', '19:group@thread.v2', 'a:personal-1']);

    const card = connector.posts[0]?.activity.attachments?.[0]?.content;
    const text = cardText(card);
    const october = tenant.expectedUsage(new Date('2026-10-01T00:00:00Z'), new Date('2026-10-31T23:59:59.999Z'));
    expect(text).toContain('Dial-out summary: October 2026');
    expect(text).toContain(formatMoney(october.byCurrency.USD!.chargeMicros, 'USD', 'en-US'));
    expect(text).toMatch(/^Over budget: \$[\d,.]+ spent in October 2026 against a budget of \$1\.00/);

    const again = await triggerMonth(app, { month: '2026-10' });
    expect(again.body).toMatchObject({ posted: 0, skipped: 3, failed: 0 });
    expect(connector.posts).toHaveLength(3);

    // The button posts the month's full report as a new message: the summary stays where it is.
    const button = card.actions[0];
    const { body: invoke } = await post(app.url, { ...group.message(''), type: 'invoke', name: 'adaptiveCard/action', deliveryMode: undefined, value: { action: { type: 'Action.Execute', verb: button.verb, data: button.data } } });
    expect(invoke).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    const full = cardText(connector.posts.at(-1)?.activity.attachments?.[0]?.content);
    expect(connector.posts).toHaveLength(4);
    expect(full).toMatch(/Oct 1, 2026 – Oct 31, 2026 \(UTC\)/);
    expect(full).toContain('Top usage locations'); // a group chat: totals and countries, no names

    const subscriptions = replyTexts((await post(app.url, group.message('subscriptions'))).body)[0];
    expect(subscriptions).toContain('Last posted: October 2026, on Nov 20, 2026.');
  });

  it('drops a conversation the bot was removed from (403) and never tries it again', async () => {
    const removed = conversation('19:removed@thread.v2');
    const kept = conversation('19:kept@thread.v2');
    await subscribe(removed, kept);
    connector.answerAlways('19:removed@thread.v2', { status: 403, code: 'BotNotInConversationRoster' });
    expect((await triggerMonth(app, { month: '2026-09' })).body).toMatchObject({ posted: 1, removed: 1, failed: 0 });
    expect(connector.attempts('19:removed@thread.v2')).toBe(1);
    expect((await triggerMonth(app, { month: '2026-08' })).body).toMatchObject({ posted: 1, removed: 0, failed: 0 });
    expect(connector.attempts('19:removed@thread.v2')).toBe(1);
    expect(replyTexts((await post(app.url, removed.message('subscriptions'))).body)[0]).toMatch(/^This conversation does not get/);
  });

  it('retries a throttled post (429) and a 412, and posts once', async () => {
    const busy = conversation('19:busy@thread.v2');
    await subscribe(busy);
    connector.answerNext('19:busy@thread.v2', { status: 429, code: 'Throttled' }, { status: 412, code: 'PreconditionFailed' });
    expect((await triggerMonth(app, { month: '2026-10' })).body).toMatchObject({ posted: 1, failed: 0 });
    expect(connector.attempts('19:busy@thread.v2')).toBe(3);
    expect(summaryTitles(connector, '19:busy@thread.v2')).toEqual(['Dial-out summary: October 2026']);
  });

  it('releases the claim of a failed post, so the next run posts it', async () => {
    const flaky = conversation('19:flaky@thread.v2');
    await subscribe(flaky);
    connector.answerNext('19:flaky@thread.v2', { status: 400, code: 'BadArgument' });
    expect((await triggerMonth(app, { month: '2026-10' })).body).toMatchObject({ posted: 0, failed: 1 });
    expect((await triggerMonth(app, { month: '2026-10' })).body).toMatchObject({ posted: 1, failed: 0 });
    expect(summaryTitles(connector, '19:flaky@thread.v2')).toEqual(['Dial-out summary: October 2026']);
  });

  it('answers 503 and posts nothing when the report cannot be read', async () => {
    await subscribe(conversation('19:waiting@thread.v2'));
    const tenant = app.demoTenant as DemoTenant;
    for (let i = 0; i < 12; i += 1) tenant.faults.next({ kind: 'status', status: 403 });
    const answer = await triggerMonth(app, { month: '2026-07' });
    tenant.faults.clear();
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ month: '2026-07', posted: 0, failed: 1 });
    expect(connector.posts).toEqual([]);
  });
});

describe('catching up a month missed while the bot was down', () => {
  it('posts the missed month once when the bot comes back, and not to conversations subscribed after it was due', async () => {
    const connector = await startFakeConnector();
    const stateDir = await mkdtemp(join(tmpdir(), 'bot-state-'));
    const early = teamsConversation({ serviceUrl: connector.url, conversationId: '19:early@thread.v2', conversationType: 'groupChat' });
    const late = teamsConversation({ serviceUrl: connector.url, conversationId: '19:late@thread.v2', conversationType: 'groupChat' });
    try {
      // Subscribed in October; the bot is down over 1 November 09:00 and comes back on the 5th.
      const october = await startSummaryBot(stateDir, new Date('2026-10-20T10:00:00Z'));
      await post(october.url, early.message('subscribe'));
      await october.close();

      const back = await startSummaryBot(stateDir, new Date('2026-11-05T10:00:00Z'));
      expect(await back.monthlyCatchUp).toMatchObject({ month: '2026-10', posted: 1, skipped: 0 });
      await post(back.url, late.message('subscribe'));
      await back.close();

      const again = await startSummaryBot(stateDir, new Date('2026-11-06T10:00:00Z'));
      expect(await again.monthlyCatchUp).toMatchObject({ month: '2026-10', posted: 0, skipped: 1 });
      await again.close();

      expect(summaryTitles(connector, '19:early@thread.v2')).toEqual(['Dial-out summary: October 2026']);
      expect(summaryTitles(connector, '19:late@thread.v2')).toEqual([]);
    } finally {
      await connector.close();
      await rm(stateDir, { recursive: true, force: true });
    }
  });
});
