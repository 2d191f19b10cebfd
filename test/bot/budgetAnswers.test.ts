/** "are we on track?", "budget" and "how are we doing against budget" typed to the running bot: every budget's figures equal sums of the demo tenant's rows. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { askCard } from '../helpers/botConversation';
import { visibleText } from '../helpers/cardJson';
import { TEST_RETRY } from '../helpers/graphSource';
import { rowsOf, totalsOf } from '../helpers/rowSums';
import { testConfig } from '../helpers/testConfig';

/** Friday, Dec 4: the demo tenant has usage through Dec 3 (UTC). */
const NOW = new Date('2026-12-04T12:00:00Z');

function start(env: Record<string, string>): Promise<RunningApp> {
  return startApp(testConfig(env), { clock: () => NOW, demoTenant: { users: 200, now: () => NOW }, graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 } });
}

/** Micro-units of `currency` in the raw report rows of the UTC days [first, last]. */
async function charged(tenant: DemoTenant, currency: string, first: string, last: string): Promise<number> {
  return totalsOf(await rowsOf(tenant, `${first}T00:00:00Z`, `${last}T23:59:59.999Z`), currency).total.micros;
}

function money(micros: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(micros / 1e6);
}

describe('budget questions through the bot', () => {
  let dir: string;
  let app: RunningApp | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'budget-answers-'));
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('answers every budget\'s month to date, projection and status, equal to sums of the rows', async () => {
    const file = join(dir, 'budgets.csv');
    await writeFile(file, 'currency,amount\nEUR,1\n');
    app = await start({ MONTHLY_BUDGET: '1000000 USD', BUDGETS_FILE: file });
    const tenant = app.demoTenant as DemoTenant;
    const expected = await Promise.all(
      [['USD', 1_000_000], ['EUR', 1]].map(async ([currency, budget]) => {
        const code = currency as string;
        const soFar = await charged(tenant, code, '2026-12-01', '2026-12-04');
        const complete = await charged(tenant, code, '2026-12-01', '2026-12-02');
        const rate = await charged(tenant, code, '2026-11-05', '2026-12-02');
        // Dec 3–31 (29 days) at the run rate of the 28 complete days before, rounded half up.
        const projected = complete + Math.round((rate * 29) / 28);
        const budgetMicros = (budget as number) * 1e6;
        const share = `${(Math.round((projected * 1000) / budgetMicros) / 10).toFixed(1)}%`;
        const status =
          projected > budgetMicros
            ? `Projected to go over the budget of ${money(budgetMicros, code)} by ${money(projected - budgetMicros, code)}`
            : `Projected within the budget of ${money(budgetMicros, code)}: ${share} of it.`;
        return { lead: `${code}: ${money(soFar, code)} so far, ${money(projected, code)} projected.`, status, over: projected > budgetMicros };
      }),
    );
    expect(expected.map((e) => e.over)).toEqual([false, true]);
    for (const question of ['are we on track?', 'budget', 'how are we doing against budget']) {
      const text = visibleText(await askCard(app.url, question));
      expect(text).toContain('Dial-out forecast for this month');
      for (const { lead, status } of expected) expect(text).toContain(`${lead} ${status}`);
    }
  });

  it('says how to set a budget when none is set', async () => {
    app = await start({});
    // Card text is Markdown: the underscores of the variable names come escaped.
    const text = visibleText(await askCard(app.url, 'budget')).replace(/\\_/g, '_');
    expect(text).toContain('No budget is set. Your bot admin can set a monthly budget per currency: MONTHLY_BUDGET (such as "2500 USD") or a BUDGETS_FILE');
  });
});
