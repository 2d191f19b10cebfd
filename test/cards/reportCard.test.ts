/** The report card: range, totals, paging, currency switches, empty report, size. */
import { CARD_VERBS, type ViewPayload } from '../../src/cards/actionData';
import { cardSize, MAX_CARD_BYTES } from '../../src/cards/cardSize';
import { reportCard, reportCardData } from '../../src/cards/reportCard';
import { bodyActions, cardActions, tableRows, visibleText } from '../helpers/cardJson';
import { currencyReport, OCTOBER_IN_BERLIN, report, spender, tenantReport } from '../helpers/reportFixtures';
import { pressed, reportView as view } from '../helpers/viewRequests';

const NBSP = '\u00a0';
const en = { locale: 'en-US', demoTenant: false, showNames: true };

describe('reportCard', () => {
  it('states the question, the range with its time zone, and the totals per currency', () => {
    const card = reportCard(tenantReport(523, true), view(), { locale: 'en-GB', demoTenant: false, showNames: true });
    const text = visibleText(card);
    expect(text).toContain('last month');
    expect(text).toContain('1 Oct 2026 – 31 Oct 2026 (Europe/Berlin)');
    expect(text).toContain('Totals in USD');
    expect(text).toContain('Totals in EUR');
    expect(text).toContain('Calls: 2,092');
    expect(text).toContain('Cost: €6.06'); // EUR is never added to USD
    expect(text).toContain('Domestic: €4.24 (70%)');
    expect(text).toContain('International: €1.82 (30%)');
    expect(text).not.toContain('cut at today');
  });

  it('says when the range was cut at today', () => {
    expect(visibleText(reportCard(tenantReport(3), view({ clippedToToday: true }), en))).toContain('cut at today');
  });

  it('says nothing of a cut at today when the words meant the period so far ("this month")', () => {
    const soFar = view({ phrase: 'this month', clippedToToday: true, reachedPastToday: false });
    expect(visibleText(reportCard(tenantReport(3), soFar, en))).not.toContain('cut at today');
  });

  it('lists the top 10 with exact money in the user locale', () => {
    const usd = currencyReport('USD', [spender(1, 12_830_000, { countries: ['DE', 'US'] }), spender(2, 100_000)]);
    const rows = tableRows(reportCard(report([usd]), view(), en));
    expect(rows).toEqual([
      ['1', 'User 1 user1@contoso.com DE, US · 2 calls · 2.5 min', '$12.83'],
      ['2', 'User 2 user2@contoso.com US · 3 calls · 3.5 min', '$0.10'],
    ]);
    const eur = currencyReport('EUR', [spender(1, 12_830_000)]);
    const german = tableRows(reportCard(report([eur]), view({ currency: 'EUR' }), { locale: 'de-DE', demoTenant: false, showNames: true }));
    expect(german[0]?.[2]).toBe(`12,83${NBSP}€`);
  });

  it('shows one page of ten, ranked over the whole list', () => {
    const card = reportCard(tenantReport(523), view({ page: 1 }), en);
    const rows = tableRows(card);
    expect(rows.map((row) => row[0])).toEqual(['11', '12', '13', '14', '15', '16', '17', '18', '19', '20']);
    expect(visibleText(card)).toContain('Showing 11–20 of 523 people');
  });

  it.each([
    ['the first page', 0, ['Next 10'], 'Showing 1–10 of 25 people'],
    ['a middle page', 1, ['Previous', 'Next 5'], 'Showing 11–20 of 25 people'],
    ['the last page', 2, ['Previous'], 'Showing 21–25 of 25 people'],
    ['a page past the end (stale button)', 7, ['Previous'], 'Showing 21–25 of 25 people'],
  ])('on %s offers %j', (_, page, titles, showing) => {
    const card = reportCard(tenantReport(25), view({ page }), en);
    expect(cardActions(card).map((action) => action.title)).toEqual(titles);
    expect(visibleText(card)).toContain(showing);
  });

  it('offers no paging when everyone fits on one page', () => {
    const card = reportCard(tenantReport(1), view(), en);
    expect(cardActions(card)).toEqual([]);
    expect(visibleText(card)).toContain('Showing 1 of 1 person');
  });

  it('gives every button Action.Execute with an Action.Submit fallback carrying the same data, verb included', () => {
    const card = reportCard(tenantReport(25, true), view({ page: 1, phrase: 'October', clippedToToday: true }), en);
    const buttons = [...cardActions(card), ...bodyActions(card)];
    expect(buttons.length).toBeGreaterThanOrEqual(5);
    for (const button of buttons) {
      expect(button.type).toBe('Action.Execute');
      expect(Object.values(CARD_VERBS)).toContain(button.verb);
      expect(button.verb).toBe((button.data as { verb: string }).verb);
      expect(button.fallback).toEqual({ type: 'Action.Submit', title: button.title, data: button.data });
    }
    const next = buttons.find((button) => button.title === 'Next 5')?.data as ViewPayload;
    const expected: ViewPayload = {
      verb: 'view',
      view: 'report',
      range: OCTOBER_IN_BERLIN,
      currency: 'USD',
      page: 2,
      phrase: 'October',
      clippedToToday: true,
      reachedPastToday: true,
      ranking: 'cost',
    };
    expect(next).toEqual(expected);
    // Pressing the button rebuilds the same view of the next page.
    const again = reportCard(tenantReport(25, true), pressed(next) as ReturnType<typeof view>, en);
    expect(tableRows(again).map((row) => row[0])).toEqual(['21', '22', '23', '24', '25']);
  });

  it('offers to switch to each other currency, at its first page', () => {
    const card = reportCard(tenantReport(25, true), view({ page: 2 }), en);
    const switches = (c: unknown) => bodyActions(c).filter((action) => /^Show [A-Z]{3} spenders$/.test(String(action.title)));
    const [switchToEur, ...others] = switches(card);
    expect(others).toEqual([]);
    expect(switchToEur?.title).toBe('Show EUR spenders');
    expect(switchToEur?.data).toMatchObject({ currency: 'EUR', page: 0 });

    const euroView = reportCard(tenantReport(25, true), pressed(switchToEur?.data) as ReturnType<typeof view>, en);
    expect(visibleText(euroView)).toContain('Top spenders in EUR');
    expect(switches(euroView).map((action) => action.title)).toEqual(['Show USD spenders']);
    expect(tableRows(euroView)).toHaveLength(3);
  });

  it('shows the first currency when asked for one the report does not have', () => {
    expect(visibleText(reportCard(tenantReport(3), view({ currency: 'GBP' }), en))).toContain('Top spenders in USD');
  });

  it('keeps domestic and international shares adding up to 100%', () => {
    const usd = currencyReport('USD', [spender(1, 2_000_000)]);
    usd.domestic.chargeMicros = 1_000; // 0.05%: rounded alone, the other side would be 100%
    usd.international.chargeMicros = 1_999_000;
    const totals = reportCardData(report([usd]), view(), en).currencies[0];
    expect([totals?.domesticShare, totals?.internationalShare]).toEqual(['0.1%', '99.9%']);
  });

  it('shows a dash for shares of a zero total', () => {
    const free = currencyReport('USD', [spender(1, 0)]);
    const totals = reportCardData(report([free]), view(), en).currencies[0];
    expect([totals?.domesticShare, totals?.internationalShare]).toEqual(['–', '–']);
  });

  it('lists at most four currencies (like the monthly summary), always including the one shown, and names the rest', () => {
    const codes = ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK'];
    const many = report(codes.map((code) => currencyReport(code, [spender(1, 1_000_000)])));
    const data = reportCardData(many, view({ currency: 'CZK' }), en);
    expect(data.currencies.map((c) => c.currency)).toEqual(['USD', 'EUR', 'GBP', 'CZK']);
    expect(visibleText(reportCard(many, view({ currency: 'CZK' }), en))).toContain('6 more currencies (JPY, CHF, SEK, NOK, DKK, PLN)');
    expect(visibleText(reportCard(tenantReport(3, true), view(), en))).not.toContain('more currencies');
  });

  it('says so when nothing was recorded, with the latency caveat', () => {
    const card = reportCard(report([]), view(), { locale: 'en-GB', demoTenant: false, showNames: true });
    const text = visibleText(card);
    expect(text).toContain('No dial-out usage recorded between 1 Oct 2026 and 31 Oct 2026 (Europe/Berlin).');
    expect(text).toContain('24–48 h latency, so the last two days may be incomplete');
    expect(text).not.toContain('Totals');
    expect(tableRows(card)).toEqual([]);
    expect(cardActions(card)).toEqual([]);
  });

  it('names the single day of a one-day range once', () => {
    const oneDay = { first: '2026-10-05', last: '2026-10-05', timeZone: 'UTC' };
    expect(visibleText(reportCard(report([], oneDay), view(), en))).toContain('No dial-out usage recorded on Oct 5, 2026 (UTC).');
  });

  it('shows the Graph footer always and the demo note only for the demo tenant', () => {
    const real = visibleText(reportCard(tenantReport(3), view(), en));
    const demo = visibleText(reportCard(tenantReport(3), view(), { locale: 'en-US', demoTenant: true, showNames: true }));
    expect(real).toContain('Data from Microsoft Graph · 24–48 h latency');
    expect(real).not.toContain('Demo tenant');
    expect(demo).toContain('Demo tenant — synthetic data');
  });

  it('is a full-width Adaptive Card 1.5', () => {
    const card = reportCard(tenantReport(3), view(), en);
    expect(card).toMatchObject({
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      type: 'AdaptiveCard',
      version: '1.5',
      msteams: { width: 'Full' },
    });
  });

  it('stays under 28 KB for 100,000 spenders', () => {
    const card = reportCard(tenantReport(100_000, true), view({ page: 5_000 }), en);
    expect(tableRows(card)).toHaveLength(10);
    expect(visibleText(card)).toContain('Showing 50,001–50,010 of 100,000 people');
    // With the chart, the person pick and the view buttons, still well under the limit.
    expect(cardSize(card)).toBeLessThan(MAX_CARD_BYTES * 0.7);
  });

  it('clips very long names, addresses and phrases with an ellipsis', () => {
    const long = spender(1, 1_000_000, { userDisplayName: 'N'.repeat(500), userPrincipalName: `${'u'.repeat(500)}@contoso.com` });
    const card = reportCard(report([currencyReport('USD', [long])]), view({ phrase: 'p '.repeat(400) }), en);
    const [person] = tableRows(card).map((row) => row[1] ?? '');
    expect(person).toMatch(/^N{39}… u{21}… US · /);
    const data = reportCardData(report([currencyReport('USD', [long])]), view({ phrase: 'p '.repeat(400) }), en);
    expect(Array.from(data.phrase).length).toBeLessThanOrEqual(80);
  });
});

describe('reportCard with rows Graph left incomplete', () => {
  function withUnknowns(): ReturnType<typeof report> {
    const usd = currencyReport('USD', [spender(1, 10_000_000)]);
    const exact = { calls: 2, seconds: 120, chargeMicros: 4_999, chargeRest: { units: 9_999n, scale: 10 } }; // 0.0049999999
    usd.unknownDestination = exact;
    usd.total = { calls: usd.total.calls + 2, seconds: usd.total.seconds + 120, chargeMicros: 10_004_999, chargeRest: { units: 9_999n, scale: 10 } };
    usd.rowsWithoutCharge = 3;
    const unknownCurrency = currencyReport('', [spender(2, 4_000_000)]);
    return { ...report([usd, unknownCurrency]), rowsWithoutCharge: 3, rowsWithoutCurrency: 1 };
  }

  it('shows the unknown destination, the unknown-currency group, and says what the cost totals exclude', () => {
    const text = visibleText(reportCard(withUnknowns(), view(), en));
    expect(text).toContain('Unknown destination: $0.00 (0%)');
    expect(text).toContain('Totals in an unknown currency');
    expect(text).toContain('Cost: 4.00\n');
    expect(text).toContain('3 rows had no charge and 1 row had no currency: the cost totals exclude them (their calls and minutes are counted).');
  });

  it('rounds an exact total of many decimals once, from the exact amount (not from micro-units)', () => {
    // 10.0049999999 rounds to $10.00; rounded to micro-units first (10.005000) it would show $10.01.
    expect(visibleText(reportCard(withUnknowns(), view(), en))).toContain('Cost: $10.00\n');
  });

  it('offers no spenders button for the rows without a currency (a button names a currency)', () => {
    const titles = bodyActions(reportCard(withUnknowns(), view(), en)).map((action) => action.title);
    expect(titles.some((title) => /Show\s+spenders/.test(String(title)))).toBe(false);
  });

  it('has neither line when every row had a destination, a charge and a currency', () => {
    const text = visibleText(reportCard(tenantReport(3, true), view(), en));
    expect(text).not.toContain('Unknown destination');
    expect(text).not.toContain('the cost totals exclude');
  });
});

describe('usage locations Graph did not give', () => {
  it('are named "Unknown location" where a card lists countries', () => {
    const usd = currencyReport('USD', [spender(1, 5_000_000, { countries: [] })]);
    const text = visibleText(reportCard(report([usd]), view(), { ...en, showNames: false }));
    expect(text).toContain('Unknown location');
  });
});

describe('the line of rows without a user', () => {
  it('is listed as Unknown person but not offered in "See one person" (it has no id to open)', () => {
    const nobody = spender(1, 9_000_000, { userId: '', userPrincipalName: '', userDisplayName: 'Unknown person' });
    const usd = currencyReport('USD', [nobody, spender(2, 1_000_000)]);
    const data = reportCardData(report([usd]), view(), en);
    expect(data.spenders.map((s) => s.name)).toContain('Unknown person');
    const choices = data.pick[0]?.choices.map((c) => c.title);
    expect(choices).toEqual(['User 2']);
  });
});
