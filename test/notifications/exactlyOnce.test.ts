/** Two bot instances on one storage (files, then azurite) post each month once per conversation, restarts included. */
import { mkdtemp, rm } from 'node:fs/promises';
import { testConfig } from '../helpers/testConfig';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import { post } from '../helpers/botConversation';
import { TEST_RETRY } from '../helpers/graphSource';
import { startAzurite } from '../storage/azurite';
import { startFakeConnector, type FakeConnector } from './fakeConnector';
import { replyTexts, teamsConversation } from './teamsConversation';

const NOW = new Date('2027-01-15T10:00:00Z');
const KEY = 'exactly-once-test-key-0123456789';
const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Backend {
  name: string;
  setUp(): Promise<{ env: Record<string, string>; tearDown(): Promise<void> }>;
}

const BACKENDS: Backend[] = [
  {
    name: 'one state directory',
    setUp: async () => {
      const stateDir = await mkdtemp(join(tmpdir(), 'bot-state-'));
      return { env: { STATE_DIR: stateDir }, tearDown: () => rm(stateDir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'one Azure Blob container (azurite)',
    setUp: async () => {
      const azurite = await startAzurite();
      return { env: { AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: 'exactly-once' }, tearDown: azurite.stop };
    },
  },
];

function startInstance(env: Record<string, string>, minIntervalMs = 0): Promise<RunningApp> {
  return startApp(testConfig({ NOTIFY_API_KEY: KEY, ...env }), {
    clock: () => NOW,
    demoTenant: { users: 30, now: () => NOW },
    graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 },
    monthlySummary: { delivery: { retry: { maxAttempts: 3, maxWaitMs: 1_000, baseDelayMs: 5, maxDelayMs: 20 }, minIntervalMs } },
    connectorRetry: { maxAttempts: 3, attemptTimeoutMs: 5_000, maxWaitMs: 10_000, baseDelayMs: 5, maxDelayMs: 20 },
  });
}

/** Like an external scheduler: one connection per call (a kept-alive one would hold up the instance's shutdown). */
function trigger(app: RunningApp, month: string): Promise<{ posted: number; skipped: number; failed: number }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ month });
    const request = httpRequest(`${app.url}/api/notifications/monthly`, {
      method: 'POST',
      agent: false,
      headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    });
    request.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => (response.statusCode === 200 ? resolve(JSON.parse(text)) : reject(new Error(`trigger answered ${response.statusCode}: ${text}`))));
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** Month names of the summaries each conversation received, in order. */
function received(connector: FakeConnector): Map<string, string[]> {
  const byConversation = new Map<string, string[]>();
  for (const { conversationId, activity } of connector.posts) {
    const title = activity.attachments?.[0]?.content.body.find((e: { size?: string }) => e.size === 'Large')?.text as string;
    byConversation.set(conversationId, [...(byConversation.get(conversationId) ?? []), title.replace('Dial-out summary: ', '')]);
  }
  return byConversation;
}

describe.each(BACKENDS)('two instances sharing $name', (backend) => {
  it('post each month once per subscribed conversation, over 12 months with restarts in the middle', async () => {
    const connector = await startFakeConnector();
    const { env, tearDown } = await backend.setUp();
    const chats = [0, 1, 2, 3].map((i) => teamsConversation({ serviceUrl: connector.url, conversationId: `19:chat-${i}@thread.v2`, conversationType: 'groupChat' }));
    let a = await startInstance(env);
    let b = await startInstance(env);
    try {
      for (const [i, chat] of chats.entries()) await post(i % 2 === 0 ? a.url : b.url, chat.message('subscribe'));

      for (const month of MONTHS.slice(0, 6)) {
        const [fromA, fromB] = await Promise.all([trigger(a, month), trigger(b, month)]);
        expect(fromA.posted + fromB.posted).toBe(4);
        expect(fromA.failed + fromB.failed).toBe(0);
      }

      // Restart A: the subscriptions are still there.
      await a.close();
      a = await startInstance(env);
      expect(replyTexts((await post(a.url, chats[1]!.message('subscriptions'))).body)[0]).toContain('Last posted: June 2026');

      // Restart B in the middle of July's run: it stops after the post under way; the rest is posted once by the others.
      const slowB = await startInstance(env, 100);
      await b.close();
      b = slowB;
      const interrupted = trigger(b, '2026-07');
      while (!connector.posts.some((p) => JSON.stringify(p.activity).includes('July 2026'))) await new Promise((tick) => setTimeout(tick, 2));
      await b.close();
      const cut = await interrupted;
      expect(cut.posted).toBeGreaterThanOrEqual(1);
      expect(cut.posted).toBeLessThan(4);
      b = await startInstance(env);
      const [resumedA, resumedB] = await Promise.all([trigger(a, '2026-07'), trigger(b, '2026-07')]);
      expect(cut.posted + resumedA.posted + resumedB.posted).toBe(4);

      for (const month of MONTHS.slice(7)) {
        const [fromA, fromB] = await Promise.all([trigger(a, month), trigger(b, month)]);
        expect(fromA.posted + fromB.posted).toBe(4);
      }

      const byConversation = received(connector);
      expect([...byConversation.keys()].sort()).toEqual(chats.map((chat) => chat.address.conversationId).sort());
      for (const titles of byConversation.values()) expect([...titles].sort()).toEqual(MONTH_NAMES.map((name) => `${name} 2026`).sort());
    } finally {
      await a.close();
      await b.close();
      await connector.close();
      await tearDown();
    }
  });
});
