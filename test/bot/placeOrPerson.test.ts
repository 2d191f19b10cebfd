/** People named like countries ("Jordan", "Georgia", "Chad"), asked about through the running bot: the demo tenant's rows, two of its people renamed on the way. */
import { startApp, type RunningApp } from '../../src/app';
import { AGENTS_PLAYGROUND_TENANT_ID } from '../../src/configAccess';
import { startDemoTenant, type DemoTenant } from '../../src/demoTenant/demoTenant';
import type { WireRow } from '../../src/demoTenant/reportPage';
import { tenantEnvironment } from '../../src/demoTenant/tenantEnvironment';
import { askCard, cardAction, cardsIn, executeActions, message, post } from '../helpers/botConversation';
import { visibleText } from '../helpers/cardJson';
import { startGraphRewritingProxy, type GraphRewritingProxy } from '../helpers/graphRewritingProxy';
import { TEST_RETRY } from '../helpers/graphSource';
import { peopleOf, rankedByCost, rowsOf, usd, type PersonSums } from '../helpers/rowSums';
import { testConfig } from '../helpers/testConfig';

/** Friday, Dec 4: last month is November. */
const NOW = new Date('2026-12-04T12:00:00Z');

/** The sums of November's USD rows from usage location `country`. */
function placeSums(rows: WireRow[], country: string): { calls: number; micros: number } {
  const people = [...peopleOf(rows.filter((row) => row.usageLocation === country), 'USD').values()];
  return { calls: people.reduce((sum, p) => sum + p.calls, 0), micros: people.reduce((sum, p) => sum + p.micros, 0) };
}

describe('a country\'s name that is also a person\'s, through the bot', () => {
  let tenant: DemoTenant;
  let proxy: GraphRewritingProxy;
  let app: RunningApp;
  let november: WireRow[];
  let jordan: PersonSums;
  let georgia: PersonSums;

  beforeAll(async () => {
    tenant = await startDemoTenant({ users: 500, now: () => NOW });
    november = await rowsOf(tenant, '2026-11-01T00:00:00Z', '2026-11-30T23:59:59.999Z');
    const people = rankedByCost(peopleOf(november, 'USD'));
    const names = people.map((p) => p.name);
    const unique = people.filter((p) => names.filter((n) => n === p.name).length === 1);
    [jordan, georgia] = [unique[3] as PersonSums, unique[7] as PersonSums];
    // Graph answers with these two people named "Jordan Smith" and "Georgia Smith"; everything else as the demo tenant has it.
    proxy = await startGraphRewritingProxy(tenant.graphEndpoint, new Map([[jordan.name, 'Jordan Smith'], [georgia.name, 'Georgia Smith']]));
    app = await startApp(testConfig({ ...tenantEnvironment(tenant), GRAPH_ENDPOINT: proxy.url, ALLOWED_TENANT_IDS: AGENTS_PLAYGROUND_TENANT_ID }), { clock: () => NOW, graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 } });
  });
  afterAll(async () => {
    await app.close();
    await proxy.close();
    await tenant.close();
  });

  it('“cost for Jordan last month” → the place or the person named Jordan, to pick; each button answers exactly', async () => {
    const card = await askCard(app.url, 'cost for Jordan last month');
    const text = visibleText(card);
    expect(text).toContain('“Jordan” is a usage location and a name');
    expect(text).toContain('people whose usage location is Jordan (JO), or of the person named “Jordan”, in last month (Nov 1, 2026 – Nov 30, 2026 (UTC))');
    expect(text).not.toMatch(/\$\d/);
    const [place, person, ...others] = executeActions(card);
    expect(others).toEqual([]);
    expect(place?.title).toBe('Usage location Jordan (JO)');
    // A button holds one line on a phone: the name alone, as no one else shown has it.
    expect(person?.title).toBe('Jordan Smith');

    const personCard = (await post(app.url, cardAction(person!.verb, person!.data))).body.value;
    const personText = visibleText(personCard);
    expect(personText).toContain('Jordan Smith');
    expect(personText).toContain(`Cost: ${usd(jordan.micros)}`);
    expect(personText).toContain(`Calls: ${jordan.calls}`);

    const placeCard = (await post(app.url, cardAction(place!.verb, place!.data))).body.value;
    const placeText = visibleText(placeCard);
    expect(placeText).toContain('Jordan (JO)');
    expect(placeText).not.toContain(usd(jordan.micros));
    const jo = placeSums(november, 'JO');
    expect(placeText).toContain(`Cost: ${usd(jo.micros)}\nCalls: ${jo.calls}\n`);
  });

  it('“cost for Georgia Smith last month” → that person\'s card, with their exact sums', async () => {
    const text = visibleText(await askCard(app.url, 'cost for Georgia Smith last month'));
    expect(text).toContain('Georgia Smith');
    expect(text).toContain(georgia.upn);
    expect(text).toContain(`Cost: ${usd(georgia.micros)}`);
    expect(text).toContain(`Calls: ${georgia.calls}`);
    expect(text).not.toContain('usage location and a name');
  });

  it('“cost for Chad last month”, where nobody is named Chad → the place, as “cost in Chad” answers', async () => {
    const lone = visibleText(await askCard(app.url, 'cost for Chad last month'));
    expect(lone).not.toContain('usage location and a name');
    expect(lone).toContain('Chad (TD)');
    expect(lone).toBe(visibleText(await askCard(app.url, 'cost in Chad last month')));
  });

  it('in a shared chat, where names are hidden, “cost for Jordan” is the place and no name is shown', async () => {
    const { body } = await post(app.url, message('cost for Jordan last month', { conversationType: 'groupChat' }));
    const text = visibleText(cardsIn(body)[0]);
    expect(text).toContain('Jordan (JO)');
    expect(text).not.toContain('usage location and a name');
    expect(text).not.toContain('Jordan Smith');
    expect(text).not.toContain(usd(jordan.micros));
  });
});
