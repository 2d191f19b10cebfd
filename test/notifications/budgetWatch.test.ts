/** The budget watch through running bots: alerts once per subscribed conversation across two instances and restarts (files, azurite), the pace rule, and privacy in shared chats. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import type { BudgetWatchResult } from '../../src/notifications/budgetWatchJob';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { post } from '../helpers/botConversation';
import { TEST_RETRY } from '../helpers/graphSource';
import { chargeMicros, directoryOf } from '../helpers/demoTenantClient';
import { peopleOf, rankedByCost, rowsOf, totalsOf, usd } from '../helpers/rowSums';
import { testConfig } from '../helpers/testConfig';
import { startAzurite } from '../storage/azurite';
import { startFakeConnector, type FakeConnector } from './fakeConnector';
import { replyTexts, teamsConversation } from './teamsConversation';

const USERS = 60;
/** 09:00 UTC on a November day: after that day's 08:00 run. */
const at = (day: number): Date => new Date(`2026-11-${String(day).padStart(2, '0')}T09:00:00Z`);
const iso = (day: number): string => `2026-11-${String(day).padStart(2, '0')}`;

function startInstance(env: Record<string, string>, now: Date, tokenRoles?: string[]): Promise<RunningApp> {
  return startApp(testConfig(env), {
    clock: () => now,
    demoTenant: { users: USERS, now: () => now, ...(tokenRoles ? { tokenRoles } : {}) },
    graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 },
    monthlySummary: { delivery: { retry: { maxAttempts: 3, maxWaitMs: 1_000, baseDelayMs: 5, maxDelayMs: 20 }, minIntervalMs: 0 } },
    connectorRetry: { maxAttempts: 3, attemptTimeoutMs: 5_000, maxWaitMs: 10_000, baseDelayMs: 5, maxDelayMs: 20 },
  });
}

async function charged(tenant: DemoTenant, first: string, last: string, currency: string, part: 'total' | 'international' = 'total'): Promise<number> {
  return totalsOf(await rowsOf(tenant, `${first}T00:00:00Z`, `${last}T23:59:59.999Z`), currency)[part].micros;
}

/** November's projection as of `day`, from the rows: Nov 1 through day − 2 as reported, plus the 28 days before at their daily rate for the rest. */
async function projection(tenant: DemoTenant, day: number): Promise<number> {
  const lastComplete = day - 2;
  const complete = await charged(tenant, iso(1), iso(lastComplete), 'USD');
  const rateFirst = new Date(Date.UTC(2026, 10, lastComplete - 27)).toISOString().slice(0, 10);
  const rate = await charged(tenant, rateFirst, iso(lastComplete), 'USD');
  return complete + Math.round((rate * (30 - lastComplete)) / 28);
}

/** USD micro-units of the people of `department` (by the directory, read here over HTTP) in the rows of [first, last]. */
async function departmentCharged(tenant: DemoTenant, department: string, first: string, last: string): Promise<number> {
  const inUnit = new Set((await directoryOf(tenant)).filter((person) => person.department === department).map((person) => person.id));
  const rows = await rowsOf(tenant, `${first}T00:00:00Z`, `${last}T23:59:59.999Z`);
  return rows.filter((row) => row.currency === 'USD' && inUnit.has(row.userId as string)).reduce((sum, row) => sum + chargeMicros(row.totalCallCharge), 0);
}

/** The department's November projection as of `day`, computed like `projection` from its people's rows only. */
async function departmentProjection(tenant: DemoTenant, department: string, day: number): Promise<number> {
  const lastComplete = day - 2;
  const complete = await departmentCharged(tenant, department, iso(1), iso(lastComplete));
  const rateFirst = new Date(Date.UTC(2026, 10, lastComplete - 27)).toISOString().slice(0, 10);
  const rate = await departmentCharged(tenant, department, rateFirst, iso(lastComplete));
  return complete + Math.round((rate * (30 - lastComplete)) / 28);
}

function decimal(micros: number): string {
  return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
}

/** The whole activity as posted to a conversation, escaping backslashes dropped. */
function postedTo(connector: FakeConnector, conversationId: string): string {
  return JSON.stringify(connector.posts.filter((p) => p.conversationId === conversationId).map((p) => p.activity)).replace(/\\\\/g, '');
}

const BACKENDS = [
  { name: 'one state directory', setUp: async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'bot-state-'));
    return { env: { STATE_DIR: stateDir }, tearDown: () => rm(stateDir, { recursive: true, force: true }) };
  } },
  { name: 'one Azure Blob container (azurite)', setUp: async () => {
    const azurite = await startAzurite();
    return { env: { AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: 'budget-watch' }, tearDown: azurite.stop };
  } },
];

describe.each(BACKENDS)('the budget watch, two instances sharing $name', (backend) => {
  it('posts one alert per subscribed conversation on the day the projection crosses the budget, none before, none again after restarts', async () => {
    const connector = await startFakeConnector();
    const { env: storageEnv, tearDown } = await backend.setUp();
    const reference = await startInstance(storageEnv, at(30));
    const tenant = reference.demoTenant as DemoTenant;
    const apps: RunningApp[] = [reference];
    try {
      // The first day whose projection is above the day before's; the budget lies between the two.
      let day = 6;
      let before = await projection(tenant, day - 1);
      let after = await projection(tenant, day);
      while (after - before < 2) [day, before, after] = [day + 1, after, await projection(tenant, day + 1)];
      expect(day).toBeLessThan(28);
      const budget = Math.floor((before + after) / 2);
      const env = { ...storageEnv, MONTHLY_BUDGET: `${decimal(budget)} USD`, INTERNATIONAL_SPIKE_PERCENT: '100000' };
      const chats = [
        teamsConversation({ serviceUrl: connector.url, conversationId: '19:finance@thread.v2', conversationType: 'groupChat' }),
        teamsConversation({ serviceUrl: connector.url, conversationId: '19:costs@thread.tacv2', conversationType: 'channel', teamId: '19:costs@thread.tacv2' }),
        teamsConversation({ serviceUrl: connector.url, conversationId: 'a:personal-admin', conversationType: 'personal' }),
      ];
      const unsubscribed = teamsConversation({ serviceUrl: connector.url, conversationId: '19:quiet@thread.v2', conversationType: 'groupChat' });
      for (const chat of chats) expect(replyTexts((await post(reference.url, chat.message('subscribe'))).body)[0]).toMatch(/^Subscribed/);
      await post(reference.url, unsubscribed.message('hello'));
      await reference.close();
      apps.length = 0;

      const run = async (now: Date): Promise<number> => {
        const pair = await Promise.all([startInstance(env, now), startInstance(env, now)]);
        apps.push(...pair);
        const results = await Promise.all(pair.map((app) => app.budgetWatchCatchUp));
        for (const app of pair) await app.close();
        apps.length = 0;
        return results.reduce((sum, result) => sum + (result?.posted ?? 0), 0);
      };

      expect(await run(at(day - 1))).toBe(0);
      expect(connector.posts).toHaveLength(0);
      expect(await run(at(day))).toBe(3);
      expect(await run(at(day))).toBe(0); // a restart of both
      expect(await run(at(day + 1))).toBe(0); // the next day, still over

      const byConversation = connector.posts.map((p) => p.conversationId).sort();
      expect(byConversation).toEqual(chats.map((chat) => chat.address.conversationId).sort());
      const onDay = await startInstance(storageEnv, at(day));
      apps.push(onDay);
      const soFar = await charged(onDay.demoTenant as DemoTenant, iso(1), iso(day), 'USD');
      for (const chat of chats) {
        const text = postedTo(connector, chat.address.conversationId);
        expect(text).toContain('Budget alert: November 2026 is projected over the USD budget');
        expect(text).toContain(`will cost ${usd(after)} this month: ${usd(after - budget)} over the monthly budget of ${usd(budget)}`);
        expect(text).toContain(`${usd(soFar)} (Nov 1, 2026 – Nov ${day}, 2026, as reported)`);
        expect(text).toContain('Open the November 2026 report so far');
      }
      // Names only in personal chat: the month's top spenders by the rows.
      const top = rankedByCost(peopleOf(await rowsOf(onDay.demoTenant as DemoTenant, `${iso(1)}T00:00:00Z`, `${iso(day)}T23:59:59.999Z`), 'USD')).slice(0, 3);
      expect(top.length).toBeGreaterThan(0);
      const personal = postedTo(connector, 'a:personal-admin');
      expect(personal).toContain(top[0]!.name);
      for (const shared of ['19:finance@thread.v2', '19:costs@thread.tacv2']) {
        const text = postedTo(connector, shared);
        expect(text).toContain('named in personal chat with the bot only');
        for (const person of top) {
          expect(text).not.toContain(person.name);
          expect(text).not.toContain(person.upn);
        }
      }
    } finally {
      for (const app of apps) await app.close();
      await connector.close();
      await tearDown();
    }
  }, 180_000);
});

describe.each(BACKENDS)('a department budget in the budget watch, two instances sharing $name', (backend) => {
  it('alerts once per subscribed conversation on the day the department\'s projection crosses its budget, and pauses it (in the run result) without User.Read.All', async () => {
    const connector = await startFakeConnector();
    const { env: storageEnv, tearDown } = await backend.setUp();
    const dir = await mkdtemp(join(tmpdir(), 'unit-budgets-'));
    const reference = await startInstance(storageEnv, at(30));
    const tenant = reference.demoTenant as DemoTenant;
    const apps: RunningApp[] = [reference];
    try {
      // The department with the most USD in November, by the rows joined with the directory.
      const people = new Map((await directoryOf(tenant)).map((person) => [person.id, person]));
      const spend = new Map<string, number>();
      for (const row of await rowsOf(tenant, `${iso(1)}T00:00:00Z`, `${iso(30)}T23:59:59.999Z`)) {
        const department = row.currency === 'USD' ? people.get(row.userId as string)?.department : undefined;
        if (department) spend.set(department, (spend.get(department) ?? 0) + chargeMicros(row.totalCallCharge));
      }
      const department = [...spend].sort((a, b) => b[1] - a[1])[0]![0];
      let day = 6;
      let before = await departmentProjection(tenant, department, day - 1);
      let after = await departmentProjection(tenant, department, day);
      while (after - before < 2) [day, before, after] = [day + 1, after, await departmentProjection(tenant, department, day + 1)];
      expect(day).toBeLessThan(28);
      const budget = Math.floor((before + after) / 2);
      const file = join(dir, 'budgets.csv');
      await writeFile(file, `scope,name,currency,amount\ndepartment,${department},USD,${decimal(budget)}\n`);
      const env = { ...storageEnv, BUDGETS_FILE: file, INTERNATIONAL_SPIKE_PERCENT: '100000' };
      const chats = [
        teamsConversation({ serviceUrl: connector.url, conversationId: '19:finance@thread.v2', conversationType: 'groupChat' }),
        teamsConversation({ serviceUrl: connector.url, conversationId: 'a:personal-admin', conversationType: 'personal' }),
      ];
      for (const chat of chats) expect(replyTexts((await post(reference.url, chat.message('subscribe'))).body)[0]).toMatch(/^Subscribed/);
      const soFar = await departmentCharged(tenant, department, iso(1), iso(day));
      await reference.close();
      apps.length = 0;

      const run = async (now: Date, roles?: string[]): Promise<Array<BudgetWatchResult | undefined>> => {
        const start = (): Promise<RunningApp> => (roles ? startInstance(env, now, roles) : startInstance(env, now));
        const pair = await Promise.all([start(), start()]);
        apps.push(...pair);
        const results = await Promise.all(pair.map((app) => app.budgetWatchCatchUp));
        for (const app of pair) await app.close();
        apps.length = 0;
        return results;
      };
      const posted = (results: Array<BudgetWatchResult | undefined>): number => results.reduce((sum, result) => sum + (result?.posted ?? 0), 0);

      expect(posted(await run(at(day - 1)))).toBe(0);
      // Without User.Read.All the budget is paused, and the run says so; nothing is claimed.
      const unread = await run(at(day), ['CallRecords.Read.All']);
      expect(unread.map((result) => result?.paused)).toEqual([[`department/${department}/USD`], [`department/${department}/USD`]]);
      expect(posted(unread)).toBe(0);
      expect(connector.posts).toHaveLength(0);
      expect(posted(await run(at(day)))).toBe(2);
      expect(posted(await run(at(day)))).toBe(0); // a restart of both
      expect(posted(await run(at(day + 1)))).toBe(0);
      expect(connector.posts.map((p) => p.conversationId).sort()).toEqual(chats.map((chat) => chat.address.conversationId).sort());

      for (const chat of chats) {
        const text = postedTo(connector, chat.address.conversationId);
        expect(text).toContain(`Budget alert: November 2026 is projected over the ${department} department USD budget`);
        expect(text).toContain(`dial-out of ${department} department’s people will cost ${usd(after)} in USD this month: ${usd(after - budget)} over its monthly budget of ${usd(budget)}`);
        expect(text).toContain(`${usd(soFar)} (Nov 1, 2026 – Nov ${day}, 2026, as reported)`);
      }
    } finally {
      for (const app of apps) await app.close();
      await connector.close();
      await tearDown();
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
