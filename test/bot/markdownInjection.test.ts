/** Display names from Graph and names from Teams show as written: no link, emphasis, list or template expression of theirs reaches a card's Markdown. */
import { tenantEnvironment } from '../../src/demoTenant/tenantEnvironment';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import { AGENTS_PLAYGROUND_TENANT_ID } from '../../src/configAccess';
import { startDemoTenant, type DemoTenant } from '../../src/demoTenant/demoTenant';
import { cardAction, cardsIn, executeActions, message, post } from '../helpers/botConversation';
import { elementsOf, listedPerson, tableCells, tableRows, texts, visibleText } from '../helpers/cardJson';
import { startGraphRewritingProxy, type GraphRewritingProxy } from '../helpers/graphRewritingProxy';
import { TEST_RETRY } from '../helpers/graphSource';
import { peopleOf, rankedByCost, rowsOf, usd, type PersonSums } from '../helpers/rowSums';
import { testConfig } from '../helpers/testConfig';
import { startFakeConnector, type FakeConnector } from '../notifications/fakeConnector';
import { replyTexts, teamsConversation } from '../notifications/teamsConversation';

const NOW = new Date('2026-11-27T10:00:00Z');
const PHISHING = '[Verify your account](https://evil.example/login)';
const FORMATTED = '${1+1} **Urgent** _call_ <https://x.y>';
const CLIENT_FUNCTION = '{{DATE(2017-02-14T06:00:00Z)}} ~~x~~ `c`';
const LISTED = '- 1. # Reset';

/** Where Teams renders Markdown: TextBlock text, fact titles and values (everything else is plain text). */
const MARKDOWN_PLACES = /(\.text|\.facts\[\d+\]\.(title|value))$/;

/** Every string of the card with its path; action data (sent back to the bot, never shown) left out. */
function stringsOf(node: unknown, path = '$'): Array<{ path: string; text: string; type: string | undefined }> {
  if (typeof node === 'string') return [{ path, text: node, type: undefined }];
  if (Array.isArray(node)) return node.flatMap((child, i) => stringsOf(child, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  return Object.entries(record)
    .filter(([key]) => key !== 'data')
    .flatMap(([key, value]) => stringsOf(value, `${path}.${key}`).map((found) => ({ ...found, type: found.type ?? (record.type as string | undefined) })));
}

/** A Markdown sign not escaped by a backslash (an even run of backslashes escapes nothing). */
function unescapedSigns(text: string): string[] {
  return [...text.matchAll(/(\\*)([[\]*_<>~`{}])/g)].filter((m) => (m[1] as string).length % 2 === 0).map((m) => m[2] as string);
}

/** Asserts no Markdown of the hostile names can take effect anywhere Teams renders Markdown. */
function expectInert(card: unknown): void {
  const strings = stringsOf(card);
  const rendered = strings.filter((s) => (s.type === 'TextBlock' && s.path.endsWith('.text')) || MARKDOWN_PLACES.test(s.path) && s.type === 'FactSet');
  expect(rendered.length).toBeGreaterThan(0);
  for (const { path, text } of rendered) {
    expect({ path, signs: unescapedSigns(text) }).toEqual({ path, signs: [] });
    expect({ path, listOrHeading: /(^|[\r\n])[ \t]*([-+#]|\d+[.)])[ \t]/.test(text) }).toEqual({ path, listOrHeading: false });
  }
}

describe('hostile display names from Graph, through the bot', () => {
  let tenant: DemoTenant;
  let proxy: GraphRewritingProxy;
  let app: RunningApp;
  let people: PersonSums[];

  beforeAll(async () => {
    tenant = await startDemoTenant({ users: 40, now: () => NOW });
    people = rankedByCost(peopleOf(await rowsOf(tenant, '2026-10-01T00:00:00Z', '2026-10-31T23:59:59.999Z'), 'USD'));
    const [first, second, third, fourth] = people as [PersonSums, PersonSums, PersonSums, PersonSums];
    const names = new Map([[first.name, PHISHING], [second.name, FORMATTED], [third.name, LISTED], [fourth.name, CLIENT_FUNCTION]]);
    proxy = await startGraphRewritingProxy(tenant.graphEndpoint, names);
    app = await startApp(
      testConfig({
        ...tenantEnvironment(tenant),
        GRAPH_ENDPOINT: proxy.url,
        ALLOWED_TENANT_IDS: AGENTS_PLAYGROUND_TENANT_ID,
      }),
      { clock: () => NOW, graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 } },
    );
  });
  afterAll(async () => {
    await app.close();
    await proxy.close();
    await tenant.close();
  });

  it('keeps the report card, its chart fallback, the person card and the calls card free of their links and formatting, with the figures intact', async () => {
    const report = cardsIn((await post(app.url, message('cost last month'))).body)[0];
    expectInert(report);
    const [first, second] = people as [PersonSums, PersonSums];
    // The spenders table names people in TextRuns, which Teams shows as plain text: as written (clipped).
    const rows = tableRows(report);
    expect(tableCells(report)[0]?.[1]?.slice(0, 2).join(' ')).toBe(listedPerson('[Verify your account](https://evil.exam…', first.upn));
    expect(rows[0]?.at(-1)).toBe(usd(first.micros));
    expect(rows[1]?.at(-1)).toBe(usd(second.micros));
    // The chart's fallback table is TextBlocks, which render Markdown: escaped there.
    const [chart] = elementsOf(report, (e) => e.type === 'Chart.HorizontalBar');
    const fallback = texts(chart?.fallback);
    expect(fallback).toContain('\\[Verify your account\\](https://evil.exam…');
    expect(fallback).toContain('$\\{1+1\\} \\*\\*Urgent\\*\\* \\_call\\_ \\<https://x.y\\>');
    expect(fallback).toContain('\\{\\{DATE(2017-02-14T06:00:00Z)\\}\\} \\~\\~x\\~\\~ \\`c\\`');
    // The template engine never reads a name as an expression.
    expect(tableCells(report)[1]?.[1]?.slice(0, 2).join(' ')).toBe(listedPerson(FORMATTED, second.upn));

    const show = executeActions(report).find((a) => a.title === 'Show person')!;
    const person = (await post(app.url, cardAction(show.verb, { ...show.data, userId: first.userId.toLowerCase() }))).body.value;
    expect(visibleText(person)).toContain(usd(first.micros));
    expectInert(person);

    const calls = executeActions(person).find((a) => a.title === 'Calls')!;
    const callsCard = (await post(app.url, cardAction(calls.verb, calls.data))).body.value;
    expect(visibleText(callsCard)).toContain(`Charged: ${usd(first.micros)}`);
    expectInert(callsCard);

    const third = people[2] as PersonSums;
    const listed = (await post(app.url, cardAction(show.verb, { ...show.data, userId: third.userId.toLowerCase() }))).body.value;
    expectInert(listed);
    expect(visibleText(listed)).toContain('\\- 1. # Reset');
  });
});

describe('a hostile Teams name in the subscriptions reply', () => {
  let connector: FakeConnector;
  let stateDir: string;
  let app: RunningApp;

  beforeAll(async () => {
    connector = await startFakeConnector();
    stateDir = await mkdtemp(join(tmpdir(), 'bot-state-'));
    app = await startApp(testConfig({ STATE_DIR: stateDir }), { clock: () => NOW, demoTenant: { users: 20, now: () => NOW }, graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 } });
  });
  afterAll(async () => {
    await app.close();
    await connector.close();
    await rm(stateDir, { recursive: true, force: true });
  });

  it('is escaped in the reply text', async () => {
    const chat = teamsConversation({ serviceUrl: connector.url, conversationId: '19:group@thread.v2', conversationType: 'groupChat' });
    const hostile = (text: string): Record<string, unknown> => {
      const activity = chat.message(text);
      return { ...activity, from: { ...(activity.from as object), name: PHISHING } };
    };
    expect(replyTexts((await post(app.url, hostile('subscribe'))).body)[0]).toMatch(/^Subscribed/);
    const reply = replyTexts((await post(app.url, hostile('subscriptions'))).body)[0] as string;
    expect(reply).toContain('subscribed by \\[Verify your account\\](https://evil.example/login) on');
    expect(unescapedSigns(reply)).toEqual([]);
  });
});
