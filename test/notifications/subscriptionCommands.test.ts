/** subscribe / unsubscribe / subscriptions and conversation references on a real bot with file storage; a corrupt state file. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { testConfig } from '../helpers/testConfig';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import { subscriptionKey } from '../../src/teams/conversationKeys';
import { ConversationStore } from '../../src/teams/conversationStore';
import { SubscriptionStore } from '../../src/notifications/subscriptionStore';
import { FileStorage } from '../../src/storage/fileStorage';
import { cardsIn, cardText, post } from '../helpers/botConversation';
import { TEST_RETRY } from '../helpers/graphSource';
import { replyTexts, teamsConversation, TEST_TENANT_ID } from './teamsConversation';

const NOW = new Date('2026-11-20T10:00:00Z');
const SERVICE_URL = 'http://127.0.0.1:9/_connector';

function startBot(stateDir: string, env: Record<string, string> = {}): Promise<RunningApp> {
  return startApp(testConfig({ STATE_DIR: stateDir, ...env }), {
    clock: () => NOW,
    demoTenant: { users: 40, now: () => NOW },
    graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 },
  });
}

async function say(app: RunningApp, activity: Record<string, unknown>): Promise<string> {
  const { status, body } = await post(app.url, activity);
  expect(status).toBe(200);
  return replyTexts(body).join('\n');
}

describe('subscription commands on a real bot with file storage', () => {
  let stateDir: string;
  let app: RunningApp;

  beforeEach(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'bot-state-'));
    app = await startBot(stateDir);
  });
  afterEach(async () => {
    await app.close();
    await rm(stateDir, { recursive: true, force: true });
  });

  it('subscribes, reports and unsubscribes a chat, and the subscription survives a restart', async () => {
    const chat = teamsConversation({ serviceUrl: SERVICE_URL, conversationId: '19:group@thread.v2', conversationType: 'groupChat' });
    const next = 'Next: Tuesday, December 1, 2026 at 9:00 AM (UTC), with November 2026.';
    expect(await say(app, chat.message('subscriptions'))).toBe(`This conversation does not get the monthly dial-out summary. Type "subscribe" to get it here. ${next}`);
    expect(await say(app, chat.message('Subscribe'))).toBe(`Subscribed: the monthly dial-out summary will be posted in this conversation. ${next}`);
    expect(await say(app, chat.message('subscribe'))).toBe(`This conversation is already subscribed to the monthly dial-out summary. ${next}`);

    await app.close();
    app = await startBot(stateDir);
    expect(await say(app, chat.message('<at>Dial-out Insights</at> subscriptions'))).toBe(
      `This conversation gets the monthly dial-out summary (subscribed by Avery Admin on Nov 20, 2026). Nothing has been posted here yet. ${next} Type "unsubscribe" to stop it.`,
    );
    expect(await say(app, chat.message('unsubscribe'))).toBe('Unsubscribed: no more monthly summaries in this conversation. Type "subscribe" to get them again.');
    expect(await say(app, chat.message('unsubscribe'))).toBe('This conversation was not subscribed to the monthly summary.');
    expect(await say(app, chat.message('subscriptions'))).toMatch(/^This conversation does not get/);
  });

  it('answers "subscribe" only to someone who may see costs: a non-admin gets the admins-only card and nothing is stored', async () => {
    const admin = '00000000-0000-4000-8000-0000000000a1';
    await app.close();
    app = await startBot(stateDir, { ADMIN_USER_IDS: admin });
    const options = { serviceUrl: SERVICE_URL, conversationId: '19:finance@thread.tacv2', conversationType: 'channel', teamId: '19:finance@thread.tacv2' } as const;
    const { body } = await post(app.url, teamsConversation({ ...options, aadObjectId: '00000000-0000-4000-8000-0000000000b2' }).message('subscribe'));
    expect(replyTexts(body)).toEqual([]);
    expect(cardText(cardsIn(body)[0])).toContain('Dial-out costs are for admins only');
    expect(await new FileStorage(stateDir).keys('subscriptions/')).toEqual([]);
    expect(await say(app, teamsConversation({ ...options, aadObjectId: admin }).message('subscribe'))).toMatch(/^Subscribed: /);
  });

  it('still reads other messages as questions', async () => {
    const chat = teamsConversation({ serviceUrl: SERVICE_URL, conversationId: 'a:personal-1', conversationType: 'personal' });
    const { body } = await post(app.url, chat.message('subscribe me to the cost of last month'));
    expect(cardText(cardsIn(body)[0])).toMatch(/Oct 31, 2026/);
  });

  it('keeps the reference from install, refreshed by messages, and forgets it (and the subscription) on uninstall', async () => {
    const conversations = new ConversationStore(new FileStorage(stateDir));
    const chat = teamsConversation({ serviceUrl: SERVICE_URL, conversationId: 'a:personal-2', conversationType: 'personal' });
    await say(app, chat.installed());
    expect(await conversations.get(chat.address)).toMatchObject({
      tenantId: TEST_TENANT_ID,
      conversationId: 'a:personal-2',
      conversationType: 'personal',
      reference: { serviceUrl: SERVICE_URL, conversation: { id: 'a:personal-2' }, bot: { id: 'bot-1' } },
    });
    const moved = teamsConversation({ serviceUrl: 'http://127.0.0.1:9/_moved', conversationId: 'a:personal-2', conversationType: 'personal', locale: 'de-DE' });
    await say(app, moved.message('subscribe'));
    expect(await conversations.get(chat.address)).toMatchObject({ locale: 'de-DE', reference: { serviceUrl: 'http://127.0.0.1:9/_moved' } });
    await say(app, chat.uninstalled());
    expect(await conversations.get(chat.address)).toBeUndefined();
    expect(await new SubscriptionStore(new FileStorage(stateDir)).get(chat.address)).toBeUndefined();
  });

  it('subscribes the channel itself from a thread, and forgets every channel of a team that is deleted or removes the bot', async () => {
    const storage = new FileStorage(stateDir);
    const conversations = new ConversationStore(storage);
    const thread = teamsConversation({ serviceUrl: SERVICE_URL, conversationId: '19:general@thread.tacv2;messageid=1700000000001', conversationType: 'channel', teamId: '19:general@thread.tacv2' });
    const other = teamsConversation({ serviceUrl: SERVICE_URL, conversationId: '19:finance@thread.tacv2', conversationType: 'channel', teamId: '19:general@thread.tacv2' });
    const elsewhere = teamsConversation({ serviceUrl: SERVICE_URL, conversationId: '19:elsewhere@thread.tacv2', conversationType: 'channel', teamId: '19:other@thread.tacv2' });
    await say(app, thread.message('subscribe'));
    await say(app, other.message('subscribe'));
    await say(app, elsewhere.message('subscribe'));
    expect(await storage.keys('subscriptions/')).toEqual([
      subscriptionKey({ tenantId: TEST_TENANT_ID, conversationId: '19:elsewhere@thread.tacv2' }),
      subscriptionKey({ tenantId: TEST_TENANT_ID, conversationId: '19:finance@thread.tacv2' }),
      subscriptionKey({ tenantId: TEST_TENANT_ID, conversationId: '19:general@thread.tacv2' }),
    ]);
    await say(app, thread.teamDeleted());
    expect(await conversations.get(thread.address)).toBeUndefined();
    expect(await conversations.get(other.address)).toBeUndefined();
    expect(await storage.keys('subscriptions/')).toEqual([subscriptionKey(elsewhere.address)]);
    await say(app, elsewhere.botRemoved());
    expect(await storage.keys('')).toEqual([]);
  });

  it('has no trigger route without NOTIFY_API_KEY', async () => {
    const response = await fetch(`${app.url}/api/notifications/monthly`, { method: 'POST', headers: { Authorization: 'Bearer anything-at-all-here' } });
    expect(response.status).toBe(404);
  });
});

describe('a corrupt state file at start-up', () => {
  it('is reported with its path, left as it is, and the bot keeps answering questions', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'bot-state-'));
    const chat = teamsConversation({ serviceUrl: SERVICE_URL, conversationId: '19:broken@thread.v2', conversationType: 'groupChat' });
    const badPath = new FileStorage(stateDir).pathOf(subscriptionKey(chat.address));
    await writeFile(badPath, 'not json at all');
    const lines: string[] = [];
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    let app: RunningApp | undefined;
    try {
      app = await startBot(stateDir);
      const problem = lines.map((line) => JSON.parse(line)).find((entry) => entry.event.startsWith('state storage problem'));
      expect(problem).toMatchObject({ level: 'error', location: badPath });

      const { body } = await post(app.url, chat.message('what did dial-out cost last month?'));
      expect(cardText(cardsIn(body)[0])).toMatch(/Oct 31, 2026/);
      const reply = await say(app, chat.message('subscribe'));
      expect(reply).toMatch(/^The subscription could not be read or changed: the bot's stored state is not available\. .*reference: [0-9a-f-]{36}\.$/);
      expect(reply).not.toContain(badPath);
      expect(await readFile(badPath, 'utf8')).toBe('not json at all');
    } finally {
      stderr.mockRestore();
      await app?.close();
      await rm(stateDir, { recursive: true, force: true });
    }
  });
});
