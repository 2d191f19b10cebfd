/** The budget watch's International pace rule through a running bot, against paces computed from the demo tenant's rows. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { post } from '../helpers/botConversation';
import { TEST_RETRY } from '../helpers/graphSource';
import { rowsOf, totalsOf } from '../helpers/rowSums';
import { testConfig } from '../helpers/testConfig';
import { startFakeConnector } from './fakeConnector';
import { teamsConversation } from './teamsConversation';

const DAY = 20;
const NOW = new Date(`2026-11-${DAY}T09:00:00Z`);

function start(env: Record<string, string>): Promise<RunningApp> {
  return startApp(testConfig(env), { clock: () => NOW, demoTenant: { users: 80, now: () => NOW }, graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 } });
}

describe('the International pace rule', () => {
  it('alerts exactly the currencies whose pace runs over the percentage, and none when the percentage is above', async () => {
    const connector = await startFakeConnector();
    const stateDir = await mkdtemp(join(tmpdir(), 'bot-state-'));
    const env = { STATE_DIR: stateDir, MONTHLY_BUDGET: '100000000 USD' };
    let app = await start(env);
    try {
      const tenant = app.demoTenant as DemoTenant;
      const november = await rowsOf(tenant, '2026-11-01T00:00:00Z', `2026-11-${DAY - 2}T23:59:59.999Z`);
      const october = await rowsOf(tenant, '2026-10-01T00:00:00Z', '2026-10-31T23:59:59.999Z');
      // Growth of the pace in percent: (November per complete day) / (October per day) − 1.
      const growth = (currency: string): number => {
        const now = totalsOf(november, currency).international.micros / (DAY - 2);
        const before = totalsOf(october, currency).international.micros / 31;
        return before > 0 ? (now / before - 1) * 100 : Number.NaN;
      };
      const growths = { USD: growth('USD'), EUR: growth('EUR') };
      const fastest = Math.max(...Object.values(growths).filter((g) => !Number.isNaN(g)));
      expect(fastest).toBeGreaterThan(2);
      const chat = teamsConversation({ serviceUrl: connector.url, conversationId: 'a:personal-admin', conversationType: 'personal' });
      await post(app.url, chat.message('subscribe'));
      await app.close();

      const below = Math.floor(fastest) - 1;
      app = await start({ ...env, INTERNATIONAL_SPIKE_PERCENT: String(below) });
      const fired = await app.budgetWatchCatchUp;
      const expected = Object.entries(growths).filter(([, g]) => g > below).map(([currency]) => `internationalPace/${currency}`);
      expect(fired?.alerts.sort()).toEqual(expected.sort());
      expect(fired?.posted).toBe(expected.length);
      expect(JSON.stringify(connector.posts)).toContain('above last month');
      await app.close();

      // The rule is judged before any claim: above the fastest growth, no alert is raised at all.
      app = await start({ ...env, INTERNATIONAL_SPIKE_PERCENT: String(Math.ceil(fastest) + 1) });
      expect((await app.budgetWatchCatchUp)?.alerts).toEqual([]);
    } finally {
      await app.close();
      await connector.close();
      await rm(stateDir, { recursive: true, force: true });
    }
  }, 120_000);
});
