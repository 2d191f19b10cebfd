/** The comparison and forecast cards: exact figures of both periods, the change, the projection labelled as one, text made inert. */
import { comparisonCard } from '../../src/cards/comparisonCard';
import { forecastCard } from '../../src/cards/forecastCard';
import type { DateRange } from '../../src/domain/dateRange';
import { type BaselineKind, comparisonRequest, forecastRequest } from '../../src/domain/viewRequest';
import { forecast, forecastWindows } from '../../src/report/forecast';
import type { Report } from '../../src/report/report';
import { cardActions, tableRows, visibleText } from '../helpers/cardJson';
import { currencyReport, report, spender } from '../helpers/reportFixtures';
import { pressed } from '../helpers/viewRequests';

const OPTIONS = { locale: 'en-US', demoTenant: false, showNames: true };
const OCTOBER: DateRange = { first: '2026-10-01', last: '2026-10-31', timeZone: 'Europe/Berlin' };
const SEPTEMBER: DateRange = { first: '2026-09-01', last: '2026-09-30', timeZone: 'Europe/Berlin' };
const asked = (kind: BaselineKind) =>
  comparisonRequest({ range: OCTOBER, phrase: 'October', clippedToToday: false, reachedPastToday: false }, { range: SEPTEMBER, phrase: kind === 'yearEarlier' ? 'year over year' : 'September', clippedToToday: false, reachedPastToday: false, kind });
const NAMED = asked('named');
const units = (n: number): number => n * 1_000_000;

const october = report([currencyReport('USD', [spender(1, units(300), { userDisplayName: '**Bold** [x](https://evil.example)' }), spender(2, 200_125_000)])], OCTOBER);
const september = report([currencyReport('USD', [spender(2, units(250)), spender(3, units(80))])], SEPTEMBER);

describe('comparisonCard', () => {
  const card = comparisonCard(october, september, NAMED, OPTIONS);
  const text = visibleText(card);

  it('shows both ranges and both exact totals', () => {
    expect(text).toContain('Oct 1, 2026 – Oct 31, 2026 (Europe/Berlin)');
    expect(text).toContain('Sep 1, 2026 – Sep 30, 2026 (Europe/Berlin)');
    expect(tableRows(card)).toContainEqual(['Cost', '$330.00', '$500.13']);
  });

  it('gives the change in money and percent', () => {
    // 500.125 − 330 = 170.125 → +51.6% (515.5 tenths, half away from zero)
    expect(text).toContain('+51.6% ($170.13 more): $330.00 → $500.13');
  });

  it('names the movers with their change, Markdown made inert', () => {
    expect(text).toContain('\\*\\*Bold\\*\\* \\[x\\](https://evil.example)');
    expect(text).toContain('+$300.00 ($0.00 → $300.00)');
    expect(text).not.toContain('**Bold**');
  });

  it('hides the movers in shared chats', () => {
    const shared = visibleText(comparisonCard(october, september, NAMED, { ...OPTIONS, showNames: false }));
    expect(shared).not.toContain('Bold');
    expect(shared).toContain("named in the bot's personal chat only");
  });

  it('says how the earlier period was chosen', () => {
    expect(visibleText(comparisonCard(october, september, asked('yearEarlier'), OPTIONS))).toContain('The same days a year earlier.');
    expect(visibleText(comparisonCard(october, september, asked('cutToLength'), OPTIONS))).toContain('Cut to the same days as the later period (31 so far)');
  });

  it('repeats the question as asked', () => {
    expect(text).toContain('October vs September');
    expect(visibleText(comparisonCard(october, september, asked('yearEarlier'), OPTIONS))).toContain('October, year over year');
  });

  it('leads to each period’s report, each with its own words', () => {
    expect(cardActions(card).map((a) => pressed(a.data))).toEqual([
      expect.objectContaining({ view: 'report', range: OCTOBER, phrase: 'October' }),
      expect.objectContaining({ view: 'report', range: SEPTEMBER, phrase: 'September' }),
    ]);
  });
});

describe('forecastCard', () => {
  const DECEMBER: DateRange = { first: '2026-12-01', last: '2026-12-31', timeZone: 'Europe/Berlin' };
  const today = '2026-12-10';
  const windows = forecastWindows(DECEMBER, today);
  const usd = (charge: number, range: DateRange): Report => report([currencyReport('USD', [spender(1, charge)])], range);
  const reports = {
    toDate: usd(units(99), windows.toDate),
    complete: usd(units(80), windows.complete as DateRange),
    weeks: windows.weeks.map((w, i) => usd(units(70 + 7 * i), w)),
  };
  const result = forecast(DECEMBER, today, reports, [{ currency: 'USD', amountMicros: units(300) }]);
  const text = visibleText(forecastCard(result, forecastRequest({ range: DECEMBER, phrase: 'what will this month cost', clippedToToday: false, reachedPastToday: false }), 'month', undefined, OPTIONS));

  it('shows the month so far exactly, as reported, and not as the month’s cost', () => {
    expect(text).toContain('So far: Dec 1, 2026 – Dec 10, 2026 (Europe/Berlin), exactly as reported');
    expect(text).toContain('$99.00');
  });

  it('labels the projection and its range', () => {
    expect(text).toContain('Projection for the whole month (not yet a cost)');
    expect(text).toContain('$344.50');
    expect(text).toContain('Range $310.00 – $379.00');
  });

  it('states the method in one line and how the lagging days are treated', () => {
    expect(text).toContain(
      'Method: Dec 1, 2026 – Dec 8, 2026 as reported, plus the daily run rate of the 28 complete days Nov 11, 2026 – Dec 8, 2026 for the 23 days from Dec 9, 2026 on',
    );
    expect(text).toContain('the last 2 days may still grow');
  });

  it('compares the projection with the budget', () => {
    expect(text).toContain('USD: $99.00 so far, $344.50 projected. Projected to go over the budget of $300.00 by $44.50 (114.8% of it).');
  });
});
