/** Questions that name a person, a measure, how many, a view, or what the report does not hold, typed to the running bot (real restify, demo tenant over HTTP). */
import { startApp, type RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import type { WireRow } from '../../src/demoTenant/reportPage';
import { askCard, executeActions } from '../helpers/botConversation';
import { listedPerson, tableCells, tableRows, visibleText } from '../helpers/cardJson';
import { TEST_RETRY } from '../helpers/graphSource';
import { peopleOf, rankedByCost, rowsOf, totalsOf, usd } from '../helpers/rowSums';
import { testConfig } from '../helpers/testConfig';

/** Friday, Dec 4: last month is November, last week Nov 23–29. */
const NOW = new Date('2026-12-04T12:00:00Z');

function ask(app: RunningApp, text: string): Promise<unknown> {
  return askCard(app.url, text);
}

/** The words of a display name as a reader would type them: lower case, no accents. */
function plainWords(name: string): string[] {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(' ');
}

describe('questions with subjects through the bot, against the demo tenant\'s rows', () => {
  let app: RunningApp;
  let tenant: DemoTenant;
  let november: WireRow[];

  beforeAll(async () => {
    app = await startApp(testConfig(), { clock: () => NOW, demoTenant: { users: 500, now: () => NOW }, graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 } });
    tenant = app.demoTenant as DemoTenant;
    november = await rowsOf(tenant, '2026-11-01T00:00:00Z', '2026-11-30T23:59:59.999Z');
  });
  afterAll(async () => {
    await app.close();
  });

  it('“how much did <full name> spend last month?” → that person\'s card with their exact sums', async () => {
    const people = rankedByCost(peopleOf(november, 'USD'));
    const names = people.map((p) => p.name);
    const person = people.find((p) => names.filter((n) => n === p.name).length === 1 && /^[A-Za-z' ]+$/.test(p.name))!;
    const card = await ask(app, `how much did ${person.name} spend last month?`);
    const text = visibleText(card);
    expect(text).toContain(person.name);
    expect(text).toContain(person.upn);
    const total = totalsOf(november, 'USD').total.micros;
    expect(text).toContain(`Cost: ${usd(person.micros)} (${((person.micros * 100) / total).toFixed(1)}% of all USD)`);
    expect(text).toContain(`Calls: ${person.calls}`);
    expect(text).not.toContain(usd(total));
  });

  it('the same person by UPN, in lower case', async () => {
    const [person] = rankedByCost(peopleOf(november, 'USD'));
    const text = visibleText(await ask(app, `cost of ${person!.upn.toLowerCase()} last month`));
    expect(text).toContain(`Cost: ${usd(person!.micros)}`);
  });

  it('a first name several people share → a card to pick from, without costs', async () => {
    const people = [...peopleOf(november, 'USD').values()];
    const firsts = people.map((p) => p.name.split(' ')[0]!).filter((first) => /^[A-Za-z]+$/.test(first));
    const shared = firsts.find((first) => firsts.filter((f) => f === first).length >= 2)!;
    const matching = people.filter((p) => plainWords(p.name).includes(shared.toLowerCase()));
    const card = await ask(app, `how much did ${shared} spend last month?`);
    const text = visibleText(card);
    expect(text).toContain(`${matching.length} people match “${shared}”`);
    const buttons = executeActions(card);
    expect(buttons.map((b) => b.data.userId).sort()).toEqual(matching.slice(0, 10).map((p) => p.userId).sort());
    expect(buttons.every((b) => b.data.view === 'person')).toBe(true);
    expect(text).not.toMatch(/\$\d/);
  });

  it('“Zzyzx Quux” → no one by that name, and no totals', async () => {
    const card = await ask(app, 'how much did Zzyzx Quux spend last month?');
    const text = visibleText(card);
    expect(text).toContain('No one named “Zzyzx Quux” made dial-out calls in last month (Nov 1, 2026 – Nov 30, 2026 (UTC))');
    expect(text).not.toMatch(/\$\d/);
  });

  it('“top 5 spenders last week” → exactly the 5 biggest spenders, in order', async () => {
    const week = await rowsOf(tenant, '2026-11-23T00:00:00Z', '2026-11-29T23:59:59.999Z');
    const top = rankedByCost(peopleOf(week, 'USD')).slice(0, 5);
    const card = await ask(app, 'top 5 spenders last week');
    const text = visibleText(card);
    expect(text).toContain('Top 5 spenders in USD');
    const rows = tableRows(card).filter((row) => row.some((cell) => cell.includes('@')));
    expect(rows).toHaveLength(5);
    expect(tableCells(card).map((row) => row[1]!.slice(0, 2).join(' '))).toEqual(top.map((p) => listedPerson(p.name, p.upn)));
    expect(executeActions(card).map((a) => a.title)).not.toContain('Next 10');
  });

  it('“cost by business unit last quarter” names “business unit” and what the report has, with no totals', async () => {
    const text = visibleText(await ask(app, 'cost by business unit last quarter'));
    expect(text).toContain('“business unit”');
    expect(text).toContain('usage location');
    expect(text).not.toMatch(/\$\d/);
  });

  it('a German question → “I understand questions in English”, with two examples', async () => {
    const card = await ask(app, 'Wie viel haben wir letzten Monat ausgegeben?');
    expect(visibleText(card)).toContain('I understand questions in English');
    expect(JSON.stringify(card)).toContain('What did dial-out cost last month?');
  });

  it('“summary for October” → the monthly summary card of October, with its exact total', async () => {
    const october = totalsOf(await rowsOf(tenant, '2026-10-01T00:00:00Z', '2026-10-31T23:59:59.999Z'), 'USD').total;
    const text = visibleText(await ask(app, 'summary for October'));
    expect(text).toContain('Dial-out summary: October 2026');
    expect(text).toContain(usd(october.micros));
  });

  it('a word nobody understood → named, with what was understood, and no totals', async () => {
    const text = visibleText(await ask(app, 'top 5 spenders last month frobnicate'));
    expect(text).toContain('I didn\'t understand “frobnicate”. I understood: last month · top 5.');
    expect(text).not.toMatch(/\$\d/);
  });
});
