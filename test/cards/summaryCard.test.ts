/** The monthly summary card: what it shows, its alerts, its button, its locale and its size. */
import { checkCardAction } from '../../src/bot/cardActionSchema';
import { cardSize, MAX_CARD_BYTES } from '../../src/cards/cardSize';
import { summaryCard } from '../../src/cards/summaryCard';
import type { DateRange } from '../../src/domain/dateRange';
import { compareMonths, type ComparisonSettings, type MonthReports } from '../../src/report/monthComparison';
import type { MonthSummary } from '../../src/cards/summaryCard';
import { allStrings, cardActions, texts, typesUsed, visibleText } from '../helpers/cardJson';
import { currencyReport, report, spender, syntheticSpenders } from '../helpers/reportFixtures';

const OCTOBER: DateRange = { first: '2026-10-01', last: '2026-10-31', timeZone: 'Europe/Berlin' };
const SEPTEMBER: DateRange = { first: '2026-09-01', last: '2026-09-30', timeZone: 'Europe/Berlin' };
const USD = (units: number): number => units * 1_000_000;
const SETTINGS: ComparisonSettings = { budgets: [], internationalSpikePercent: 50 };
const OPTIONS = { locale: 'en-US', demoTenant: false, showNames: true };

const october = report([currencyReport('USD', [spender(1, USD(300)), spender(2, USD(200)), spender(3, USD(100))])], OCTOBER);
const september = report([currencyReport('USD', [spender(2, USD(250)), spender(1, USD(100)), spender(4, USD(80))])], SEPTEMBER);

/** The month's comparison with the month's own report, as the monthly run builds it. */
function summarise(reports: MonthReports, settings: ComparisonSettings): MonthSummary {
  return { comparison: compareMonths(reports, settings), month: reports.month };
}

describe('summaryCard', () => {
  it('shows the month, totals, comparisons, shares, top spenders and movers', () => {
    const text = visibleText(summaryCard(summarise({ month: october, previous: september, lastYear: undefined }, SETTINGS), OPTIONS));
    expect(text).toContain('Dial-out summary: October 2026');
    expect(text).toContain('Oct 1, 2026 – Oct 31, 2026 (Europe/Berlin)');
    expect(text).toContain('Cost: $600.00');
    expect(text).toMatch(/Calls: \d+/);
    expect(text).toMatch(/Minutes: [\d.]+/);
    expect(text).toContain('vs September 2026: +39.5% (+$170.00)');
    expect(text).toContain('vs October 2025: no data');
    expect(text).toContain('Domestic: $420.00 (70%)');
    expect(text).toContain('International: $180.00 (30%)');
    // The rank's dot is escaped: a fact title starting "1. " would render as a Markdown list.
    expect(text).toContain('1\\. User 1: $300.00');
    expect(text).toContain('3\\. User 3: $100.00');
    expect(text).toContain('Biggest changes vs September 2026');
    expect(text).toContain('User 4: -$80.00 ($80.00 → $0.00)');
    expect(text).toContain('User 1: +$200.00 ($100.00 → $300.00)');
  });

  it('says the same month last year may be incomplete: Microsoft keeps call records for as little as 150 days', () => {
    const lastYear = report([currencyReport('USD', [spender(1, USD(90))])], { first: '2025-10-01', last: '2025-10-31', timeZone: 'Europe/Berlin' });
    const text = visibleText(summaryCard(summarise({ month: october, previous: september, lastYear }, SETTINGS), OPTIONS));
    expect(text).toContain('vs October 2025');
    expect(text).toMatch(/Microsoft keeps call records for 150 days to about two years, depending on each person's country: figures before \w+ \d+, 20\d\d may be incomplete\./);
  });

  it('says the last 2 days may still be arriving when posted on the 1st, and nothing of the sort two days later', () => {
    const postedOn = (fetchedAt: string) => visibleText(summaryCard(summarise({ month: { ...october, fetchedAt }, previous: september, lastYear: undefined }, SETTINGS), OPTIONS));
    // 06:00 on Nov 1 in Berlin: yesterday was Oct 31, the month's last day.
    expect(postedOn('2026-11-01T05:00:00.000Z')).toContain('Microsoft Graph reports dial-out usage 24–48 hours late, so the figures for Oct 31, 2026 are probably incomplete.');
    expect(postedOn('2026-11-03T05:00:00.000Z')).not.toContain('24–48 hours late');
  });

  it('names nobody where names are hidden: usage locations instead of spenders and movers', () => {
    const card = summaryCard(summarise({ month: october, previous: september, lastYear: undefined }, SETTINGS), { ...OPTIONS, showNames: false });
    const text = visibleText(card);
    expect(allStrings(card).filter((s) => /User \d|user\d@/.test(s))).toEqual([]);
    expect(text).not.toMatch(/Top spenders|Biggest changes/);
    expect(text).toContain('Cost: $600.00');
    expect(text).toContain('vs September 2026: +39.5% (+$170.00)');
    expect(text).toContain('Top usage locations');
    expect(text).toContain('United States (US): $600.00 (100%)');
    expect(text).toContain('Spenders\' names are shown in the bot\'s personal chat only.');
  });

  it('puts the budget alert and the International spike at the very top', () => {
    const quiet = report([currencyReport('USD', [spender(1, USD(100))])], SEPTEMBER);
    const comparison = summarise({ month: october, previous: quiet, lastYear: undefined }, { budgets: [{ currency: 'USD', amountMicros: USD(500) }], internationalSpikePercent: 50 });
    const card = summaryCard(comparison, OPTIONS);
    const [first, second] = texts(card);
    expect(first).toBe('Over budget: $600.00 spent in October 2026 against a budget of $500.00 ($100.00 over).');
    expect(second).toBe('International spend in USD up 500% against September 2026: $30.00 → $180.00.');
    expect((card.body as Array<{ style?: string }>)[0]?.style).toBe('attention');
  });

  it('has no alert when under budget and without a spike', () => {
    const comparison = summarise({ month: october, previous: october, lastYear: undefined }, { budgets: [{ currency: 'USD', amountMicros: USD(1000) }], internationalSpikePercent: 50 });
    expect(visibleText(summaryCard(comparison, OPTIONS))).not.toMatch(/Over budget|International spend in/);
  });

  it('opens the full report of the month with a button the bot accepts', () => {
    const card = summaryCard(summarise({ month: october, previous: undefined, lastYear: undefined }, SETTINGS), OPTIONS);
    const [button] = cardActions(card);
    expect(button).toMatchObject({ type: 'Action.Execute', title: 'Open the October 2026 report', verb: 'openView' });
    const check = checkCardAction(button?.verb, button?.data);
    expect(check).toEqual({
      ok: true,
      verb: 'openView',
      request: { view: 'report', range: OCTOBER, filters: { currency: 'USD' }, page: 0, phrase: 'October 2026', clippedToToday: false, reachedPastToday: false, ranking: 'cost' },
    });
    expect(button?.fallback).toMatchObject({ type: 'Action.Submit', data: button?.data });
  });

  it('says an empty month had no usage, without a button', () => {
    const card = summaryCard(summarise({ month: report([], OCTOBER), previous: undefined, lastYear: undefined }, SETTINGS), OPTIONS);
    expect(visibleText(card)).toContain('No dial-out usage recorded in October 2026.');
    expect(cardActions(card)).toEqual([]);
  });

  it('formats in the reader\'s locale', () => {
    const text = visibleText(summaryCard(summarise({ month: october, previous: september, lastYear: undefined }, SETTINGS), { locale: 'de-DE', demoTenant: true, showNames: true }));
    expect(text).toContain('Dial-out summary: Oktober 2026');
    expect(text).toMatch(/Cost: 600,00\s\$/);
    expect(text).toMatch(/\+39,5\s%/);
    expect(text).toContain('Demo tenant');
  });

  it('stays a bound 1.5 card within the size limit with many currencies and long names', () => {
    const longName = { userDisplayName: 'Maximiliane Alexandra Wolkenstein-Rodríguez de la Fuente y Montenegro' };
    const currencies = ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'SEK'].map((code) =>
      currencyReport(code, syntheticSpenders(2000).map((s) => ({ ...s, ...longName }))),
    );
    const card = summaryCard(summarise({ month: report(currencies, OCTOBER), previous: report(currencies.slice(2), SEPTEMBER), lastYear: undefined }, SETTINGS), OPTIONS);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(allStrings(card).filter((s) => s.includes('${'))).toEqual([]);
    expect([...typesUsed(card)].sort()).toEqual(['Action.Execute', 'Action.Submit', 'AdaptiveCard', 'Container', 'FactSet', 'RichTextBlock', 'TextBlock', 'TextRun']);
    expect(cardSize(card)).toBeLessThan(MAX_CARD_BYTES);
    expect(visibleText(card)).toContain('Also used, not listed here: CHF, SEK.');
  });
});
