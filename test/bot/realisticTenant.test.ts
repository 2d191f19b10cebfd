/**
 * The bot against a demo tenant that sends what real tenants send (DEMO_TENANT_REALISTIC=1): null or
 * odd destinations, locations, users, currencies and charges, charges of 8 and 10 decimals. The
 * expected figures are summed here from the raw pages, fetched over HTTP, with this file's own code.
 */
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import type { RealisticWireRow } from '../../src/demoTenant/realisticRows';
import { cardsIn, cardText, message, post } from '../helpers/botConversation';
import { money, octoberRows, sumsByCurrency } from '../helpers/realisticSums';
import { startFaultyTenantApp } from '../faults/faultyTenantApp';
import type { RunningApp } from '../../src/app';

describe('the bot on a realistic demo tenant (every property nullable)', () => {
  let app: RunningApp;
  let tenant: DemoTenant;
  let rows: RealisticWireRow[];

  beforeAll(async () => {
    ({ app, tenant } = await startFaultyTenantApp({ DEMO_TENANT_REALISTIC: '1' }));
    rows = await octoberRows(tenant);
  });
  afterAll(() => app.close());

  it('serves every shape the bot must cope with', () => {
    expect(rows.some((r) => r.destinationContext === null)).toBe(true);
    expect(rows.some((r) => r.destinationContext === 'international' || r.destinationContext === 'domestic')).toBe(true);
    expect(rows.some((r) => r.usageLocation === null)).toBe(true);
    expect(rows.some((r) => r.userId === null)).toBe(true);
    expect(rows.some((r) => r.currency === null)).toBe(true);
    expect(rows.some((r) => r.totalCallCharge === null)).toBe(true);
    expect(rows.some((r) => typeof r.totalCallCharge === 'string' && /\.\d{10}$/.test(r.totalCallCharge))).toBe(true);
    expect(rows.some((r) => typeof r.totalCallCharge === 'number' && /\.\d{8}$/.test(String(r.totalCallCharge)))).toBe(true);
  });

  it('answers with exact totals per currency, the unknown rows counted and shown, never a failure card', async () => {
    const [card] = cardsIn((await post(app.url, message('what did dial-out cost last month?'))).body);
    const text = cardText(card);
    expect(text).not.toContain('What to try');
    const sums = sumsByCurrency(rows);
    const known = [...sums].filter(([currency]) => currency !== null).sort((a, b) => b[1].byPerson.size - a[1].byPerson.size);
    for (const [currency, s] of known.slice(0, 3)) {
      expect(text).toContain(`Totals in ${currency}`);
      expect(text).toContain(money(s.cost, currency));
      expect(text).toContain(new Intl.NumberFormat('en-US').format(s.calls));
      if (s.unknownDestinationCalls > 0) expect(text).toContain(`${money(s.unknownDestinationCost, currency)} (`);
    }
    const noCurrency = sums.get(null);
    expect(noCurrency).toBeDefined();
    const withoutCharge = rows.filter((r) => r.totalCallCharge === null).length;
    const withoutCurrency = rows.filter((r) => r.currency === null).length;
    expect(text).toContain(
      `${withoutCharge} rows had no charge and ${withoutCurrency} rows had no currency: the cost totals exclude them (their calls and minutes are counted).`,
    );
    expect(text).toContain('Unknown destination');
    // The rows without a user (bots' calls) are one more line among the people.
    const [first] = known;
    expect(first?.[1].byPerson.has('(nobody)')).toBe(true);
    expect(text).toContain(`Showing 1–10 of ${first?.[1].byPerson.size} people`);
  });
});
