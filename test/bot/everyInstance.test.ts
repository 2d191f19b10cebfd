/**
 * Every instance serves every button: a question answered on one instance, its buttons pressed on
 * another sharing the report store (Azure Blob on azurite) make no Graph report request for the range;
 * the monthly summary run again after a restart reads its closed months from the store.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { askCard, executeActions, post, pressCard } from '../helpers/botConversation';
import { visibleText } from '../helpers/cardJson';
import { TEST_RETRY } from '../helpers/graphSource';
import { peopleOf, rankedByCost, rowsOf, totalsOf, usd } from '../helpers/rowSums';
import { testConfig } from '../helpers/testConfig';
import { startAzurite, type Azurite } from '../storage/azurite';
import { startFakeConnector } from '../notifications/fakeConnector';
import { startSummaryBot, triggerMonth } from '../notifications/summaryBot';
import { replyTexts, teamsConversation } from '../notifications/teamsConversation';

const NOW = new Date('2027-01-15T10:00:00Z');
/** Four closed months: the trend is drawn month by month. */
const QUESTION = 'cost from 2026-09-01 to 2026-12-31';
const MONTHS = [
  ['2026-09-01T00:00:00Z', '2026-09-30T23:59:59.999Z'],
  ['2026-10-01T00:00:00Z', '2026-10-31T23:59:59.999Z'],
  ['2026-11-01T00:00:00Z', '2026-11-30T23:59:59.999Z'],
  ['2026-12-01T00:00:00Z', '2026-12-31T23:59:59.999Z'],
] as const;

function startInstance(azurite: Azurite): Promise<RunningApp> {
  return startApp(testConfig({ AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: 'shared-state' }), {
    clock: () => NOW,
    demoTenant: { users: 200, pageSize: 50, now: () => NOW },
    graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 },
  });
}

async function press(app: RunningApp, card: unknown, title: string, inputs: Record<string, string> = {}): Promise<unknown> {
  const found = executeActions(card).find((action) => action.title === title);
  if (!found) throw new Error(`no button "${title}" in: ${executeActions(card).map((a) => a.title).join(', ')}`);
  return pressCard(app.url, { verb: found.verb, data: { ...found.data, ...inputs } });
}

describe('two instances sharing the report store on azurite', () => {
  let azurite: Azurite;
  beforeAll(async () => {
    azurite = await startAzurite();
  });
  afterAll(() => azurite.stop());

  it('serve "Next 10", a person and the trend of a question answered (and its trend shown) on the other one with no Graph report request', async () => {
    const first = await startInstance(azurite);
    let second: RunningApp | undefined;
    try {
      const report = await askCard(first.url, QUESTION);
      // The trend compares with the four months before: those are read (and kept) here too.
      await press(first, report, 'Trend');
      expect((first.demoTenant as DemoTenant).stats.reportRequests).toBeGreaterThan(0);
      // What the cards must show, summed from the tenant's rows (read through the first instance's tenant).
      const months = await Promise.all(MONTHS.map(([from, to]) => rowsOf(first.demoTenant as DemoTenant, from, to)));
      const ranked = rankedByCost(peopleOf(months.flat(), 'USD'));
      expect(ranked.length).toBeGreaterThan(20);

      second = await startInstance(azurite);
      const tenant = second.demoTenant as DemoTenant;
      const next = visibleText(await press(second, report, 'Next 10'));
      expect(next).toContain(`Showing 11–20 of ${ranked.length} people`);
      for (const person of ranked.slice(10, 20)) expect(next).toContain(`${person.name}\n${usd(person.micros)}`);
      const person = ranked[12]!;
      const personCard = visibleText(await press(second, report, 'Show person', { userId: person.userId }));
      expect(personCard).toContain(`Cost: ${usd(person.micros)}`);
      const trend = visibleText(await press(second, report, 'Trend'));
      for (const rows of months) expect(trend).toContain(usd(totalsOf(rows, 'USD').total.micros));
      expect(tenant.stats.reportRequests).toBe(0);
    } finally {
      await second?.close();
      await first.close();
    }
  });
});

describe('the monthly summary after a restart', () => {
  it('reads the month, the month before and the same month last year from the store: no Graph report request', async () => {
    const connector = await startFakeConnector();
    const stateDir = await mkdtemp(join(tmpdir(), 'bot-summary-store-'));
    const now = new Date('2026-11-20T10:00:00Z');
    try {
      const before = await startSummaryBot(stateDir, now);
      const early = teamsConversation({ serviceUrl: connector.url, conversationId: '19:early@thread.v2', conversationType: 'groupChat' });
      expect(replyTexts((await post(before.url, early.message('subscribe'))).body)[0]).toMatch(/^Subscribed/);
      expect(await triggerMonth(before, { month: '2026-10' })).toMatchObject({ status: 200, body: { posted: 1 } });
      expect((before.demoTenant as DemoTenant).stats.reportRequests).toBe(3);
      await before.close();

      const after = await startSummaryBot(stateDir, now);
      try {
        const late = teamsConversation({ serviceUrl: connector.url, conversationId: '19:late@thread.v2', conversationType: 'groupChat' });
        expect(replyTexts((await post(after.url, late.message('subscribe'))).body)[0]).toMatch(/^Subscribed/);
        expect(await triggerMonth(after, { month: '2026-10' })).toMatchObject({ status: 200, body: { posted: 1, skipped: 1 } });
        expect((after.demoTenant as DemoTenant).stats.reportRequests).toBe(0);
        const [earlyCard, lateCard] = ['19:early@thread.v2', '19:late@thread.v2'].map((id) => visibleText(connector.posts.find((p) => p.conversationId === id)?.activity.attachments?.[0]?.content));
        expect(lateCard).toBe(earlyCard);
      } finally {
        await after.close();
      }
    } finally {
      await connector.close();
      await rm(stateDir, { recursive: true, force: true });
    }
  });
});
