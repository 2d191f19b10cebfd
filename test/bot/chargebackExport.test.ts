/**
 * The chargeback file and the report CSV's organisation columns through the running bot, read back from
 * the uploaded bytes and set against the demo tenant's report rows joined with its /users rows, both
 * read here over HTTP.
 */
import { startApp, type RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import type { WireRow } from '../../src/demoTenant/reportPage';
import { cardAction, cardsIn, cardText, executeActions, message, post } from '../helpers/botConversation';
import { visibleText } from '../helpers/cardJson';
import { chargeMicros, directoryOf, totalsOf, type DirectoryEntry } from '../helpers/demoTenantClient';
import { startFakeBotConnector, type FakeBotConnector } from '../helpers/fakeBotConnector';
import { acceptedCsv } from '../helpers/fileExports';
import { TEST_RETRY } from '../helpers/graphSource';
import { rowsOf } from '../helpers/rowSums';
import { testConfig } from '../helpers/testConfig';

const NOW = new Date('2026-12-04T12:00:00Z');
const CONSENT = 'application/vnd.microsoft.teams.card.file.consent';

interface UnitSums {
  calls: number;
  seconds: number;
  micros: number;
  people: Set<string>;
}

/** What a person is charged to, decided here: their cost center, else their department, else nothing (also when deleted). */
function chargedTo(person: DirectoryEntry | undefined): [string, string] {
  const costCenter = person?.employeeOrgData?.costCenter;
  if (costCenter) return ['costCenter', costCenter];
  return person?.department ? ['department', person.department] : ['none', ''];
}

/** Per "kind|unit|currency": the sums of the rows of the people charged there. */
function expectedChargeback(rows: WireRow[], people: Map<string, DirectoryEntry>): Map<string, UnitSums> {
  const units = new Map<string, UnitSums>();
  for (const row of rows) {
    const [kind, unit] = chargedTo(row.userId ? people.get(row.userId) : undefined);
    const key = `${kind}|${unit}|${row.currency}`;
    const sums = units.get(key) ?? { calls: 0, seconds: 0, micros: 0, people: new Set<string>() };
    sums.calls += Number(row.totalCalls);
    sums.seconds += row.totalCallSeconds;
    sums.micros += chargeMicros(row.totalCallCharge);
    sums.people.add(row.userId ?? '');
    units.set(key, sums);
  }
  return units;
}

/** The consent card among a typed question's replies. */
async function typedConsent(app: RunningApp, text: string, options = {}): Promise<any> {
  const { body } = await post(app.url, message(text, options));
  const consent = (body.activities as any[]).flatMap((activity) => activity.attachments ?? []).find((attachment) => attachment.contentType === CONSENT);
  if (!consent) throw new Error(`no consent card for “${text}”`);
  return consent;
}

describe('chargeback and organisation columns in exports', () => {
  let app: RunningApp;
  let tenant: DemoTenant;
  let connector: FakeBotConnector;
  let people: Map<string, DirectoryEntry>;
  let november: WireRow[];

  beforeAll(async () => {
    connector = await startFakeBotConnector();
    app = await startApp(testConfig(), { clock: () => NOW, demoTenant: { users: 500, now: () => NOW }, graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 } });
    tenant = app.demoTenant as DemoTenant;
    people = new Map((await directoryOf(tenant)).map((person) => [person.id, person]));
    november = await rowsOf(tenant, '2026-11-01T00:00:00Z', '2026-11-30T23:59:59.999Z');
  });
  afterAll(async () => {
    await app.close();
    await connector.close();
  });
  beforeEach(() => {
    connector.calls.length = 0;
  });

  it('“Export chargeback” on the breakdown card: one row per cost center (else department) and currency, each the sum of its people\'s report rows', async () => {
    const breakdown = cardsIn((await post(app.url, message('cost by cost center last month'))).body)[0];
    const button = executeActions(breakdown).find((action) => action.title === 'Export chargeback');
    if (!button) throw new Error('no Export chargeback button');
    const { body } = await post(app.url, { ...cardAction(button.verb, button.data), serviceUrl: connector.serviceUrl });
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    const [offer] = await connector.waitForCalls(1);
    const consent = offer!.activity.attachments[0];
    expect(consent).toMatchObject({ contentType: CONSENT, name: 'dial-out chargeback 2026-11-01 to 2026-11-30.csv' });
    expect(Object.keys(consent.content.acceptContext)).toEqual(['exportId']);

    const [header, ...rows] = await acceptedCsv(app.url, consent, connector.serviceUrl);
    expect(header).toEqual(['unitKind', 'unit', 'currency', 'totalCalls', 'totalCallMinutes', 'totalCallSeconds', 'totalCallCharge', 'people']);

    const expected = expectedChargeback(november, people);
    const written = new Map(rows.map((row) => [`${row[0]}|${row[1]}|${row[2]}`, row]));
    expect(written.size).toBe(rows.length); // no unit twice in a currency
    expect([...written.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, sums] of expected) {
      const row = written.get(key)!;
      expect(row[7]).toBe(String(sums.people.size));
      expect({ calls: Number(row[3]), seconds: Number(row[5]), micros: chargeMicros(row[6]!) }).toEqual({ calls: sums.calls, seconds: sums.seconds, micros: sums.micros });
      expect(row[4]).toBe((Math.round(sums.seconds / 6) / 10).toFixed(1));
      expect(row[6]).toMatch(/^\d+\.\d{2,6}$/);
    }
    // The demo tenant has people charged to each kind of unit.
    for (const kind of ['costCenter', 'department', 'none']) expect(rows.some((row) => row[0] === kind)).toBe(true);

    // Each currency's rows add up to the report's total of that currency.
    const totals = totalsOf(november).byCurrency;
    expect(new Set(rows.map((row) => row[2]))).toEqual(new Set(Object.keys(totals)));
    for (const [currency, total] of Object.entries(totals)) {
      const mine = rows.filter((row) => row[2] === currency);
      expect({
        calls: mine.reduce((n, row) => n + Number(row[3]), 0),
        seconds: mine.reduce((n, row) => n + Number(row[5]), 0),
        micros: mine.reduce((n, row) => n + chargeMicros(row[6]!), 0),
      }).toEqual({ calls: total.calls, seconds: total.seconds, micros: total.chargeMicros });
    }
  });

  it('“chargeback csv for October” offers October\'s file, adding up to October\'s totals; “export chargeback last quarter” Q3\'s', async () => {
    const october = await typedConsent(app, 'chargeback csv for October');
    expect(october.name).toBe('dial-out chargeback 2026-10-01 to 2026-10-31.csv');
    expect(october.content.description).toMatch(/one per cost center \(or department where a person has no cost center\) and currency/);
    const [, ...rows] = await acceptedCsv(app.url, october, connector.serviceUrl);
    const totals = totalsOf(await rowsOf(tenant, '2026-10-01T00:00:00Z', '2026-10-31T23:59:59.999Z')).byCurrency;
    for (const [currency, total] of Object.entries(totals)) {
      expect(rows.filter((row) => row[2] === currency).reduce((n, row) => n + chargeMicros(row[6]!), 0)).toBe(total.chargeMicros);
    }
    expect((await typedConsent(app, 'export chargeback last quarter')).name).toBe('dial-out chargeback 2026-07-01 to 2026-09-30.csv');
  });

  it('the report CSV\'s organisation columns are each person\'s /users values, empty for people without one and people deleted since', async () => {
    const consent = await typedConsent(app, 'export last month');
    expect(consent.content.description).not.toMatch(/User\.Read\.All/);
    const [header, ...rows] = await acceptedCsv(app.url, consent, connector.serviceUrl);
    expect(header!.slice(9)).toEqual(['department', 'officeLocation', 'companyName', 'costCenter', 'division']);
    expect(rows).toHaveLength(november.length);
    let deleted = 0;
    for (const row of rows) {
      const person = people.get(row[0]!);
      if (row[0] && !person) deleted += 1;
      expect(row.slice(9)).toEqual([
        person?.department ?? '',
        person?.officeLocation ?? '',
        person?.companyName ?? '',
        person?.employeeOrgData?.costCenter ?? '',
        person?.employeeOrgData?.division ?? '',
      ]);
    }
    expect(deleted).toBeGreaterThan(0);
    expect(rows.filter((row) => people.get(row[0]!)?.department).length).toBeGreaterThan(rows.length / 2);
  });

  it('in a channel, the chargeback button says files are offered in personal chat, without a file', async () => {
    const channel = { conversationType: 'channel' as const };
    const breakdown = cardsIn((await post(app.url, message('cost by department last month', channel))).body)[0];
    const button = executeActions(breakdown).find((action) => action.title === 'Export chargeback')!;
    await post(app.url, { ...cardAction(button.verb, button.data, channel), serviceUrl: connector.serviceUrl });
    const [notice] = await connector.waitForCalls(1);
    const attachment = notice!.activity.attachments[0];
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(attachment.content)).toMatch(/Exports are offered in personal chat[\s\S]*chargeback from 2026-11-01 to 2026-11-30/);
  });
});

describe('exports without User.Read.All', () => {
  let app: RunningApp;
  let connector: FakeBotConnector;

  beforeAll(async () => {
    connector = await startFakeBotConnector();
    app = await startApp(testConfig(), {
      clock: () => NOW,
      demoTenant: { users: 200, now: () => NOW, tokenRoles: ['CallRecords.Read.All'] },
      graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 },
    });
  });
  afterAll(async () => {
    await app.close();
    await connector.close();
  });

  it('the report CSV is still offered, its consent card saying why the organisation columns are empty', async () => {
    const consent = await typedConsent(app, 'export last month');
    expect(consent.content.description).toMatch(/department, office, company, cost center and division columns are empty[\s\S]*User\.Read\.All/);
    const [header, ...rows] = await acceptedCsv(app.url, consent, connector.serviceUrl);
    expect(header!.slice(9)).toEqual(['department', 'officeLocation', 'companyName', 'costCenter', 'division']);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.slice(9)).toEqual(['', '', '', '', '']);
  });

  it('the chargeback is refused with a card that names User.Read.All, and no file', async () => {
    const { body } = await post(app.url, message('chargeback last month'));
    const attachments = (body.activities as any[]).flatMap((activity) => activity.attachments ?? []);
    expect(attachments.some((attachment) => attachment.contentType === CONSENT)).toBe(false);
    const text = visibleText(cardsIn(body)[0]);
    expect(text).toContain('User.Read.All');
    expect(text).toContain('may not read departments');
  });
});
