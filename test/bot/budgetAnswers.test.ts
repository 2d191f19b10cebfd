/** "are we on track?", "budget" and "how are we doing against budget" typed to the running bot: every budget's figures equal sums of the demo tenant's rows. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { askCard } from '../helpers/botConversation';
import { visibleText } from '../helpers/cardJson';
import { TEST_RETRY } from '../helpers/graphSource';
import { chargeMicros, directoryOf, type DirectoryEntry } from '../helpers/demoTenantClient';
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

/** Micro-units of USD in the rows of [first, last] of the people `inUnit` picks from the directory (read here over HTTP). */
async function unitCharged(tenant: DemoTenant, people: Map<string, DirectoryEntry>, inUnit: (person: DirectoryEntry) => boolean, first: string, last: string): Promise<number> {
  const rows = await rowsOf(tenant, `${first}T00:00:00Z`, `${last}T23:59:59.999Z`);
  return rows
    .filter((row) => row.currency === 'USD' && row.userId !== null && people.has(row.userId as string) && inUnit(people.get(row.userId as string) as DirectoryEntry))
    .reduce((sum, row) => sum + chargeMicros(row.totalCallCharge), 0);
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

  it('lists department and cost-center budgets, each projected from its people\'s rows alone, beside the tenant\'s', async () => {
    app = await start({});
    let tenant = app.demoTenant as DemoTenant;
    const people = new Map((await directoryOf(tenant)).map((person) => [person.id, person]));
    // The department and the cost center with the most USD so far, by the rows joined with the directory.
    const spend = new Map<string, number>();
    for (const row of await rowsOf(tenant, '2026-12-01T00:00:00Z', '2026-12-04T23:59:59.999Z')) {
      const person = row.currency === 'USD' ? people.get(row.userId as string) : undefined;
      if (person?.department) spend.set(`department|${person.department}`, (spend.get(`department|${person.department}`) ?? 0) + chargeMicros(row.totalCallCharge));
      const costCenter = person?.employeeOrgData?.costCenter;
      if (costCenter) spend.set(`costCenter|${costCenter}`, (spend.get(`costCenter|${costCenter}`) ?? 0) + chargeMicros(row.totalCallCharge));
    }
    const top = (dimension: string): string => [...spend].filter(([key]) => key.startsWith(`${dimension}|`)).sort((a, b) => b[1] - a[1])[0]![0].split('|')[1]!;
    const units = [
      { dimension: 'department', name: top('department'), label: `${top('department')} department`, budget: 1, inUnit: (p: DirectoryEntry) => p.department === top('department') },
      { dimension: 'costCenter', name: top('costCenter'), label: `cost center ${top('costCenter')}`, budget: 1_000, inUnit: (p: DirectoryEntry) => p.employeeOrgData?.costCenter === top('costCenter') },
    ];
    await app.close();
    const file = join(dir, 'units.csv');
    await writeFile(file, `scope,name,currency,amount\ntenant,,EUR,1\n${units.map((u) => `${u.dimension},${u.name.toUpperCase()},USD,${u.budget}`).join('\n')}\n`);
    app = await start({ BUDGETS_FILE: file });
    tenant = app.demoTenant as DemoTenant; // the same synthetic tenant, started again
    const text = visibleText(await askCard(app.url, 'are we on track?'));
    expect(text).toMatch(/EUR: .* so far, .* projected\. Projected to go over the budget of €1\.00/);
    for (const unit of units) {
      const soFar = await unitCharged(tenant, people, unit.inUnit, '2026-12-01', '2026-12-04');
      const complete = await unitCharged(tenant, people, unit.inUnit, '2026-12-01', '2026-12-02');
      const rate = await unitCharged(tenant, people, unit.inUnit, '2026-11-05', '2026-12-02');
      const projected = complete + Math.round((rate * 29) / 28);
      const budgetMicros = unit.budget * 1e6;
      expect(soFar).toBeGreaterThan(0);
      const status =
        projected > budgetMicros
          ? `Projected to go over the budget of ${money(budgetMicros, 'USD')} by ${money(projected - budgetMicros, 'USD')}`
          : `Projected within the budget of ${money(budgetMicros, 'USD')}: ${(Math.round((projected * 1000) / budgetMicros) / 10).toFixed(1)}% of it.`;
      // The file's name is matched in any case; the line names the unit as the file does.
      expect(text).toContain(`${unit.label.replace(unit.name, unit.name.toUpperCase())}, USD: ${money(soFar, 'USD')} so far, ${money(projected, 'USD')} projected. ${status}`);
    }
  });

  it('lists a department budget as not checked when the app may not read the directory', async () => {
    const file = join(dir, 'unread.csv');
    await writeFile(file, 'department,Sales,USD,800\n');
    app = await startApp(testConfig({ MONTHLY_BUDGET: '1000000 USD', BUDGETS_FILE: file }), {
      clock: () => NOW,
      demoTenant: { users: 200, now: () => NOW, tokenRoles: ['CallRecords.Read.All'] },
      graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 },
    });
    const text = visibleText(await askCard(app.url, 'are we on track?'));
    expect(text).toMatch(/USD: .* so far, .* projected\. Projected within the budget of \$1,000,000\.00/);
    expect(text).toContain('Sales department, USD: monthly budget of $800.00 not checked. The bot may not read the directory');
    expect(text).toContain('User.Read.All');
  });

  it('says how to set a budget when none is set', async () => {
    app = await start({});
    // Card text is Markdown: the underscores of the variable names come escaped.
    const text = visibleText(await askCard(app.url, 'budget')).replace(/\\_/g, '_');
    expect(text).toContain('No budget is set. Your bot admin can set a monthly budget per currency: MONTHLY_BUDGET (such as "2500 USD") or a BUDGETS_FILE');
  });
});
