/** Cost by department, office and cost center through the running bot, against the demo tenant's report rows joined with its /users rows, both read here over HTTP. */
import { startApp, type RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import type { WireRow } from '../../src/demoTenant/reportPage';
import { askCard, executeActions, pressCard } from '../helpers/botConversation';
import { tableCells, visibleText } from '../helpers/cardJson';
import { directoryOf, type DirectoryEntry } from '../helpers/demoTenantClient';
import { TEST_RETRY } from '../helpers/graphSource';
import { chargeMicros } from '../helpers/demoTenantClient';
import { sumsBy, type Attribute } from '../helpers/orgSums';
import { rowsOf, usd } from '../helpers/rowSums';
import { testConfig } from '../helpers/testConfig';

const NOW = new Date('2026-12-04T12:00:00Z');

describe('cost by organisation through the bot', () => {
  let app: RunningApp;
  let tenant: DemoTenant;
  let november: WireRow[];
  let people: Map<string, DirectoryEntry>;

  beforeAll(async () => {
    app = await startApp(testConfig(), { clock: () => NOW, demoTenant: { users: 500, now: () => NOW }, graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 } });
    tenant = app.demoTenant as DemoTenant;
    november = await rowsOf(tenant, '2026-11-01T00:00:00Z', '2026-11-30T23:59:59.999Z');
    people = new Map((await directoryOf(tenant)).map((person) => [person.id, person]));
  });
  afterAll(async () => {
    await app.close();
  });

  it.each<[string, string, Attribute, string]>([
    ['cost by department last month', 'Department', (p) => p.department, 'No department'],
    ['cost by office last month', 'Office', (p) => p.officeLocation, 'No office'],
    ['which cost center spent most last month', 'Cost center', (p) => p.employeeOrgData?.costCenter, 'No cost center'],
  ])('%s: every row is the sum of its people\'s rows, people without a value or deleted counted apart', async (question, heading, attribute, none) => {
    const shown = await askCard(app.url, question);
    const expected = sumsBy(november, people, attribute, none);
    expect(visibleText(shown)).toContain(heading);
    // Each row: the unit with "N people · calls · minutes" under it, then its cost.
    const rows = tableCells(shown);
    const listed = new Map(rows.map((cells) => [cells[0]?.[0] as string, cells]));
    expect(listed.size).toBe(expected.size);
    expect(expected.get(none)?.people.size ?? 0).toBeGreaterThan(0);
    for (const [unit, sums] of expected) {
      expect(listed.get(unit)?.[0]?.[1]).toMatch(new RegExp(`^${sums.people.size} people · `));
      expect(listed.get(unit)?.[1]?.[0]).toBe(usd(sums.micros));
    }
    // The biggest spender comes first.
    const biggest = [...expected].sort((a, b) => b[1].micros - a[1].micros)[0]?.[0];
    expect(rows[0]?.[0]?.[0]).toBe(biggest);
  });

  it('a department\'s row drills down to its people, with a chip that drops the department', async () => {
    const breakdown = await askCard(app.url, 'cost by department last month');
    const sales = executeActions(breakdown).find((button) => button.title === 'Sales');
    if (!sales) throw new Error('no Sales button');
    const drilled = visibleText(await pressCard(app.url, sales));
    const salesSums = sumsBy(november, people, (p) => p.department, 'No department').get('Sales');
    expect(drilled).toContain(usd(salesSums?.micros ?? -1));
    expect(drilled).toContain('People of department Sales');
    const salesPeople = november.filter((row) => people.get(row.userId as string)?.department === 'Sales');
    const someone = salesPeople.sort((a, b) => chargeMicros(b.totalCallCharge) - chargeMicros(a.totalCallCharge))[0];
    expect(drilled).toContain(someone?.userDisplayName);
    const drop = executeActions(await pressCard(app.url, sales)).find((button) => button.title === 'Show all departments');
    if (!drop) throw new Error('no chip to drop the department');
    expect(visibleText(await pressCard(app.url, drop))).not.toContain('People of department Sales');
  });

  it('“Sales department last month” and “cost for cost center 4711 last month” are narrowed to those people', async () => {
    const sales = sumsBy(november, people, (p) => p.department, 'No department').get('Sales');
    expect(visibleText(await askCard(app.url, 'Sales department last month'))).toContain(usd(sales?.micros ?? -1));
    const center = sumsBy(november, people, (p) => p.employeeOrgData?.costCenter, 'No cost center').get('4711');
    expect(visibleText(await askCard(app.url, 'cost for cost center 4711 last month'))).toContain(usd(center?.micros ?? -1));
  });
});

describe('cost by department without User.Read.All', () => {
  it('says the app lacks User.Read.All, with no totals', async () => {
    const app = await startApp(testConfig(), {
      clock: () => NOW,
      demoTenant: { users: 200, now: () => NOW, tokenRoles: ['CallRecords.Read.All'] },
      graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 },
    });
    try {
      const text = visibleText(await askCard(app.url, 'cost by department last month'));
      expect(text).toContain('User.Read.All');
      expect(text).toContain('may not read departments');
      expect(text).not.toMatch(/\$\d/);
    } finally {
      await app.close();
    }
  });
});
