/** The monthly summary names people only in personal chats (unless SHOW_NAMES_IN_SHARED_CHATS): a real channel subscription and a triggered month. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { cardText, post } from '../helpers/botConversation';
import { peopleOf, rankedByCost, rowsOf, totalsOf, usd, type PersonSums } from '../helpers/rowSums';
import { startFakeConnector, type FakeConnector } from './fakeConnector';
import { startSummaryBot, triggerMonth } from './summaryBot';
import { replyTexts, teamsConversation } from './teamsConversation';

const NOW = new Date('2026-11-20T10:00:00Z');
const TOP = 20;

/** The month's top people in every currency, read straight from the demo tenant's rows. */
async function topPeople(tenant: DemoTenant, from: string, to: string): Promise<PersonSums[]> {
  const rows = await rowsOf(tenant, from, to);
  const currencies = [...new Set(rows.map((row) => row.currency))];
  return currencies.flatMap((currency) => rankedByCost(peopleOf(rows, currency)).slice(0, TOP));
}

/** The whole activity as posted, with escaping backslashes dropped so an escaped name still counts as shown. */
function posted(connector: FakeConnector, conversationId: string): string {
  const activities = connector.posts.filter((p) => p.conversationId === conversationId).map((p) => p.activity);
  expect(activities.length).toBeGreaterThan(0);
  return JSON.stringify(activities).replace(/\\\\/g, '');
}

describe('the monthly summary in shared conversations', () => {
  let connector: FakeConnector;
  let stateDir: string;
  let app: RunningApp | undefined;

  beforeEach(async () => {
    connector = await startFakeConnector();
    stateDir = await mkdtemp(join(tmpdir(), 'bot-state-'));
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await connector.close();
    await rm(stateDir, { recursive: true, force: true });
  });

  const channel = () =>
    teamsConversation({ serviceUrl: connector.url, conversationId: '19:finance@thread.tacv2;messageid=1700000000001', conversationType: 'channel', teamId: '19:finance@thread.tacv2' });
  const personal = () => teamsConversation({ serviceUrl: connector.url, conversationId: 'a:personal-1', conversationType: 'personal' });

  async function subscribe(running: RunningApp, ...chats: Array<ReturnType<typeof channel>>): Promise<void> {
    for (const chat of chats) expect(replyTexts((await post(running.url, chat.message('subscribe'))).body)[0]).toMatch(/^Subscribed/);
  }

  it('posts totals, changes and usage locations to a channel, and no name or UPN of the month\'s top people', async () => {
    app = await startSummaryBot(stateDir, NOW);
    const tenant = app.demoTenant as DemoTenant;
    const room = channel();
    const mine = personal();
    await subscribe(app, room, mine);
    expect((await triggerMonth(app, { month: '2026-10' })).body).toMatchObject({ posted: 2, failed: 0 });

    const october = await topPeople(tenant, '2026-10-01T00:00:00Z', '2026-10-31T23:59:59.999Z');
    const september = await topPeople(tenant, '2026-09-01T00:00:00Z', '2026-09-30T23:59:59.999Z');
    const people = [...october, ...september];
    expect(october.length).toBeGreaterThanOrEqual(TOP);
    const shared = posted(connector, room.address.conversationId);
    for (const person of people) {
      expect(shared).not.toContain(person.name);
      expect(shared).not.toContain(person.upn);
    }
    const rows = await rowsOf(tenant, '2026-10-01T00:00:00Z', '2026-10-31T23:59:59.999Z');
    const usdTotals = totalsOf(rows, 'USD');
    const text = cardText(connector.posts.find((p) => p.conversationId === room.address.conversationId)?.activity.attachments?.[0]?.content);
    expect(text).toContain(usd(usdTotals.total.micros));
    expect(text).toContain(`${usd(usdTotals.domestic.micros)} (`);
    expect(text).toContain(`${usd(usdTotals.international.micros)} (`);
    expect(text).toContain('vs September 2026');
    expect(text).toContain('Top usage locations');
    expect(text).toContain('United States');
    expect(text).not.toMatch(/Top spenders|Biggest changes/);
    expect(text).toContain('Spenders\' names are shown in the bot\'s personal chat only.');

    // The personal chat of the same admin gets the names.
    const own = posted(connector, mine.address.conversationId);
    const topUsd = rankedByCost(peopleOf(rows, 'USD'))[0] as PersonSums;
    expect(own).toContain(topUsd.name);

    // The summary's button, pressed in the channel, opens the shared-chat report card: still no names.
    const card = connector.posts.find((p) => p.conversationId === room.address.conversationId)?.activity.attachments?.[0]?.content;
    const button = card.actions[0];
    const before = connector.posts.length;
    const invoke = { ...room.message(''), type: 'invoke', name: 'adaptiveCard/action', deliveryMode: undefined, value: { action: { type: 'Action.Execute', verb: button.verb, data: button.data } } };
    expect((await post(app.url, invoke)).body).toMatchObject({ statusCode: 200 });
    expect(connector.posts.length).toBe(before + 1);
    const report = JSON.stringify(connector.posts.at(-1)?.activity).replace(/\\\\/g, '');
    expect(report).toContain('Top usage locations');
    for (const person of people) {
      expect(report).not.toContain(person.name);
      expect(report).not.toContain(person.upn);
    }
  });

  it('names the top spenders in a channel when SHOW_NAMES_IN_SHARED_CHATS=true', async () => {
    app = await startSummaryBot(stateDir, NOW, { SHOW_NAMES_IN_SHARED_CHATS: 'true' });
    const tenant = app.demoTenant as DemoTenant;
    const room = channel();
    await subscribe(app, room);
    expect((await triggerMonth(app, { month: '2026-10' })).body).toMatchObject({ posted: 1, failed: 0 });
    const rows = await rowsOf(tenant, '2026-10-01T00:00:00Z', '2026-10-31T23:59:59.999Z');
    const [first, second] = rankedByCost(peopleOf(rows, 'USD')) as [PersonSums, PersonSums];
    const text = cardText(connector.posts[0]?.activity.attachments?.[0]?.content);
    expect(text).toContain('Top spenders');
    expect(text).toContain(`1\\. ${first.name}`);
    expect(text).toContain(`2\\. ${second.name}`);
    expect(text).not.toContain('Top usage locations');
  });
});
