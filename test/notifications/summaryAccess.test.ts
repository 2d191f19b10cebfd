/** A summary goes only to conversations whose subscriber may still see costs: access is checked again at every delivery, after a restart too. */
import { tenantEnvironment } from '../../src/demoTenant/tenantEnvironment';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import { AGENTS_PLAYGROUND_TENANT_ID } from '../../src/configAccess';
import { startDemoTenant } from '../../src/demoTenant/demoTenant';
import { startGraphRewritingProxy } from '../helpers/graphRewritingProxy';
import { TEST_RETRY } from '../helpers/graphSource';
import { testConfig } from '../helpers/testConfig';
import { cardText, post } from '../helpers/botConversation';
import { startFakeConnector, type FakeConnector } from './fakeConnector';
import { NOTIFY_KEY, startSummaryBot, triggerMonth } from './summaryBot';
import { replyTexts, teamsConversation } from './teamsConversation';

const NOW = new Date('2026-11-20T10:00:00Z');
const FORMER_ADMIN = '00000000-0000-0000-0000-0000000000a1';
const NEW_ADMIN = '00000000-0000-0000-0000-0000000000b2';

/** Any amount of money, a decimal or a percentage: what a card with figures shows. */
const FIGURES = /[$€£]\s?\d|\d[\d,]*\.\d+|\d+(\.\d+)?%/;

describe('a subscriber who is no longer an admin', () => {
  let connector: FakeConnector;
  let stateDir: string;
  const apps: RunningApp[] = [];

  beforeEach(async () => {
    connector = await startFakeConnector();
    stateDir = await mkdtemp(join(tmpdir(), 'bot-state-'));
  });
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    await connector.close();
    await rm(stateDir, { recursive: true, force: true });
  });

  async function start(admins: string): Promise<RunningApp> {
    const app = await startSummaryBot(stateDir, NOW, { ADMIN_USER_IDS: admins });
    apps.push(app);
    return app;
  }

  it('gets no summary after a restart without their admin rights: their personal chat and their channel get a pause notice with no figures', async () => {
    const personal = teamsConversation({ serviceUrl: connector.url, conversationId: 'a:personal-1', conversationType: 'personal', aadObjectId: FORMER_ADMIN });
    const channel = teamsConversation({ serviceUrl: connector.url, conversationId: '19:finance@thread.tacv2', conversationType: 'channel', teamId: '19:finance@thread.tacv2', aadObjectId: FORMER_ADMIN });
    const before = await start(FORMER_ADMIN);
    for (const chat of [personal, channel]) expect(replyTexts((await post(before.url, chat.message('subscribe'))).body)[0]).toMatch(/^Subscribed/);
    await before.close();
    apps.splice(0);

    // A new instance over the same state, with the subscriber taken off ADMIN_USER_IDS.
    const after = await start(NEW_ADMIN);
    expect((await triggerMonth(after, { month: '2026-10' })).body).toMatchObject({ month: '2026-10', posted: 0, paused: 2, failed: 0 });
    expect(connector.posts.map((p) => p.conversationId).sort()).toEqual(['19:finance@thread.tacv2', 'a:personal-1']);
    for (const { conversationId, activity } of connector.posts) {
      const text = cardText(activity.attachments?.[0]?.content);
      expect(text).toContain('Monthly summary paused');
      expect(text).not.toContain('Dial-out summary');
      expect(JSON.stringify(activity.attachments?.[0]?.content.body)).not.toMatch(FIGURES);
      expect(text).toContain(conversationId === 'a:personal-1' ? 'you may no longer see dial-out costs' : 'the person who subscribed it may no longer see dial-out costs');
    }

    // Paused: the next month brings nothing, not even the notice again.
    expect((await triggerMonth(after, { month: '2026-09' })).body).toMatchObject({ posted: 0, paused: 0 });
    expect(connector.posts).toHaveLength(2);

    // Until an admin subscribes the channel again.
    const byAdmin = teamsConversation({ serviceUrl: connector.url, conversationId: '19:finance@thread.tacv2', conversationType: 'channel', teamId: '19:finance@thread.tacv2', aadObjectId: NEW_ADMIN });
    expect(replyTexts((await post(after.url, byAdmin.message('subscriptions'))).body)[0]).toMatch(/^The monthly dial-out summary is paused in this conversation since Nov 20, 2026/);
    expect(replyTexts((await post(after.url, byAdmin.message('subscribe'))).body)[0]).toMatch(/^Subscribed/);
    expect((await triggerMonth(after, { month: '2026-10' })).body).toMatchObject({ posted: 1, paused: 0 });
    expect(cardText(connector.posts.at(-1)?.activity.attachments?.[0]?.content)).toContain('Dial-out summary: October 2026');
  });

  it('still gets the summary while an admin', async () => {
    const personal = teamsConversation({ serviceUrl: connector.url, conversationId: 'a:personal-2', conversationType: 'personal', aadObjectId: FORMER_ADMIN });
    const before = await start(FORMER_ADMIN);
    await post(before.url, personal.message('subscribe'));
    await before.close();
    apps.splice(0);
    const after = await start(`${NEW_ADMIN};${FORMER_ADMIN}`);
    expect((await triggerMonth(after, { month: '2026-10' })).body).toMatchObject({ posted: 1, paused: 0 });
    expect(cardText(connector.posts[0]?.activity.attachments?.[0]?.content)).toContain('Dial-out summary: October 2026');
  });

  it('is not posted to while the admin group cannot be asked, and is posted once it can', async () => {
    const group = '22222222-bbbb-4bbb-8bbb-000000000001';
    const tenant = await startDemoTenant({ users: 40, now: () => NOW, groups: { [group]: [FORMER_ADMIN] } });
    const proxy = await startGraphRewritingProxy(tenant.graphEndpoint, new Map());
    const startOverTenant = async (): Promise<RunningApp> => {
      const app = await startApp(
        testConfig({
          STATE_DIR: stateDir,
          NOTIFY_API_KEY: NOTIFY_KEY,
          ...tenantEnvironment(tenant),
          GRAPH_ENDPOINT: proxy.url,
          ALLOWED_TENANT_IDS: AGENTS_PLAYGROUND_TENANT_ID,
          ADMIN_GROUP_ID: group,
        }),
        { clock: () => NOW, graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 }, monthlySummary: { delivery: { retry: { maxAttempts: 2, maxWaitMs: 1_000, baseDelayMs: 5, maxDelayMs: 20 }, minIntervalMs: 0 } } },
      );
      apps.push(app);
      return app;
    };
    try {
      const chat = teamsConversation({ serviceUrl: connector.url, conversationId: '19:group@thread.v2', conversationType: 'groupChat', aadObjectId: FORMER_ADMIN });
      const before = await startOverTenant();
      expect(replyTexts((await post(before.url, chat.message('subscribe'))).body)[0]).toMatch(/^Subscribed/);
      await before.close();
      apps.splice(0);

      const after = await startOverTenant();
      proxy.failWhen((path) => path.includes('/checkMemberGroups'));
      expect((await triggerMonth(after, { month: '2026-10' })).body).toMatchObject({ posted: 0, paused: 0, failed: 1 });
      expect(connector.posts).toEqual([]);
      proxy.failWhen(undefined);
      expect((await triggerMonth(after, { month: '2026-10' })).body).toMatchObject({ posted: 1, paused: 0, failed: 0 });
      expect(cardText(connector.posts[0]?.activity.attachments?.[0]?.content)).toContain('Dial-out summary: October 2026');
    } finally {
      for (const app of apps.splice(0)) await app.close();
      await proxy.close();
      await tenant.close();
    }
  });
});
