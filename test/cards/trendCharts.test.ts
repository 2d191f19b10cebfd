/** Trend and destinations charts with "today" fixed: partial periods drawn apart and labelled, calendar baselines named, round axes, one scale on every page of spenders. */
import { niceAxis } from '../../src/cards/chartValues';
import { destinationsCard } from '../../src/cards/destinationsCard';
import { personCard } from '../../src/cards/personCard';
import { reportCard } from '../../src/cards/reportCard';
import { trendCard } from '../../src/cards/trendCard';
import type { DateRange } from '../../src/domain/dateRange';
import { periodBaseline } from '../../src/report/periodBaseline';
import type { Report } from '../../src/report/report';
import { elementsOf, tableRows, visibleText } from '../helpers/cardJson';
import { destinationsData, periodicOf, personData, trendData } from '../helpers/drilldownFixtures';
import { currencyReport, report, spender, tenantReport } from '../helpers/reportFixtures';
import { reportView } from '../helpers/viewRequests';

const OPTIONS = { locale: 'en-US', demoTenant: false, showNames: true };

type Series = { legend: string; color: string; values: Array<{ x: string; y: number }> };

function usdReport(range: DateRange, first = 12_000_000): Report {
  return report([currencyReport('USD', [spender(1, first), spender(2, 6_000_000)])], range);
}

function trendOn(range: DateRange, today: string) {
  const whole = usdReport(range);
  const baseline = periodBaseline(range, today);
  return trendCard(whole, periodicOf(whole), { baseline, report: usdReport(baseline.range, 10_000_000) }, trendData(whole), OPTIONS, today);
}

function line(card: unknown): { series: Series[]; yMax: unknown; rows: string[] } {
  const [chart] = elementsOf(card, (e) => e.type === 'Chart.Line');
  const table = chart!.fallback as { rows: Array<{ cells: Array<{ items: Array<{ text: string }> }> }> };
  return { series: chart!.data as Series[], yMax: chart!.yMax, rows: table.rows.slice(1).map((row) => row.cells[0]!.items[0]!.text) };
}

const xs = (series: Series) => series.values.map((v) => v.x);

describe('a trend over "this year", seen on Dec 4, 2026', () => {
  const card = trendOn({ first: '2026-01-01', last: '2026-12-04', timeZone: 'UTC' }, '2026-12-04');
  const { series, yMax, rows } = line(card);

  it('says in its header what it is compared with: the same days of 2025', () => {
    expect(visibleText(card)).toContain('Compared with the same days of 2025 (Jan 1, 2025 – Dec 4, 2025 (UTC))');
    expect(visibleText(card)).toMatch(/vs the same days of 2025 \(Jan 1, 2025 – Dec 4, 2025 \(UTC\)\): \$16\.00 → \$18\.00/);
  });

  it('draws January to November as the line, and the 4 days of December as a lighter segment of their own', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov'].map((m) => `${m} 2026`);
    expect(series.map((s) => [s.legend, s.color])).toEqual([
      ['Cost per month in USD', 'categoricalBlue'],
      ['Partial month', 'categoricalLightBlue'],
    ]);
    expect(xs(series[0]!)).toEqual(months);
    expect(xs(series[1]!)).toEqual(['Nov 2026', 'Dec 2026']);
    // The segment starts where the line ends: the same figure for November in both.
    expect(series[1]!.values[0]).toEqual(series[0]!.values.at(-1));
  });

  it('labels December "partial (4 of 31 days)", with the 2 days the report may still be missing', () => {
    const december = 'Dec 1, 2026 – Dec 4, 2026 · partial (4 of 31 days; the last 2 days still arriving)';
    expect(rows.at(-1)).toBe(december);
    expect(rows.slice(0, -1).every((row) => !row.includes('partial'))).toBe(true);
    expect(visibleText(card)).toContain(`${december}. Drawn lighter: not comparable with a whole month.`);
  });

  it('ends the value axis on a round number: $3 (periodicOf gives December 12/78 of $18.00 = $2.77, the largest)', () => {
    expect(yMax).toBe(3);
  });
});

describe('a trend over November 2026 by week, seen on Dec 4', () => {
  const card = trendOn({ first: '2026-11-01', last: '2026-11-30', timeZone: 'UTC' }, '2026-12-04');
  const { series, rows } = line(card);

  it('compares the month with October 2026', () => {
    expect(visibleText(card)).toContain('Compared with October 2026');
    expect(visibleText(card)).toContain('Biggest changes vs October 2026');
  });

  it('draws the 1-day weeks at both ends (Sunday Nov 1, Monday Nov 30) apart from the whole weeks, never as dips of the line', () => {
    expect(series.map((s) => s.legend)).toEqual(['Partial week', 'Cost per week in USD', 'Partial week']);
    expect(xs(series[0]!)).toEqual(['Nov 1', 'Nov 2']);
    expect(xs(series[1]!)).toEqual(['Nov 2', 'Nov 9', 'Nov 16', 'Nov 23']);
    expect(xs(series[2]!)).toEqual(['Nov 23', 'Nov 30']);
    expect([rows[0], rows.at(-1)]).toEqual(['Nov 1, 2026 · partial (1 of 7 days)', 'Nov 30, 2026 · partial (1 of 7 days)']);
  });
});

describe('a trend whose last month is whole but still arriving', () => {
  it('marks October partial on Nov 1, when Oct 31 is yesterday', () => {
    const { series, rows } = line(trendOn({ first: '2026-08-01', last: '2026-10-31', timeZone: 'UTC' }, '2026-11-01'));
    expect(rows).toEqual(['Aug 2026', 'Sep 2026', 'Oct 2026 · partial (the last day still arriving)']);
    expect(xs(series.at(-1)!)).toEqual(['Sep 2026', 'Oct 2026']);
  });

  it('draws every month whole two days later', () => {
    const { series, rows } = line(trendOn({ first: '2026-08-01', last: '2026-10-31', timeZone: 'UTC' }, '2026-11-02'));
    expect(rows).toEqual(['Aug 2026', 'Sep 2026', 'Oct 2026']);
    expect(series).toHaveLength(1);
  });
});

describe('the destinations chart of November 2026 by week, seen on Dec 4', () => {
  const whole = usdReport({ first: '2026-11-01', last: '2026-11-30', timeZone: 'UTC' });
  const card = destinationsCard(whole, periodicOf(whole), destinationsData(whole), OPTIONS, '2026-12-04');
  const { series } = line(card);

  it('draws each destination\'s partial weeks in a lighter shade of its colour', () => {
    expect(series.map((s) => [s.legend, s.color])).toEqual([
      ['Domestic, partial week', 'categoricalLightBlue'],
      ['Domestic', 'categoricalBlue'],
      ['Domestic, partial week', 'categoricalLightBlue'],
      ['International, partial week', 'categoricalLavender'],
      ['International', 'categoricalPurple'],
      ['International, partial week', 'categoricalLavender'],
    ]);
    expect(xs(series[1]!)).toEqual(['Nov 2', 'Nov 9', 'Nov 16', 'Nov 23']);
    expect(visibleText(card)).toContain('Nov 30, 2026 · partial (1 of 7 days). Drawn lighter: not comparable with a whole week.');
  });
});

describe('a person\'s trend over "this year", seen on Dec 4, 2026', () => {
  const whole = usdReport({ first: '2026-01-01', last: '2026-12-04', timeZone: 'UTC' });
  const card = personCard(whole, periodicOf(whole), personData(whole, whole.currencies[0]!.spenders[0]!.userId), OPTIONS, '2026-12-04');
  const { series, yMax, rows } = line(card);

  it('draws the 4 days of December as a lighter segment of their own, as the trend card does', () => {
    expect(series.map((s) => [s.legend, s.color])).toEqual([
      ['Cost per month in USD', 'categoricalBlue'],
      ['Partial month', 'categoricalLightBlue'],
    ]);
    expect(xs(series[0]!)).toHaveLength(11);
    expect(xs(series[1]!)).toEqual(['Nov 2026', 'Dec 2026']);
  });

  it('labels December partial in its row and under the chart', () => {
    const december = 'Dec 1, 2026 – Dec 4, 2026 · partial (4 of 31 days; the last 2 days still arriving)';
    expect(rows.at(-1)).toBe(december);
    expect(visibleText(card)).toContain(`${december}. Drawn lighter: not comparable with a whole month.`);
  });

  it('ends the value axis on a round number: $2 (December, the largest month, is 12/78 of the person\'s $12.00 = $1.85)', () => {
    expect(yMax).toBe(2);
  });
});

describe('the top-spenders chart', () => {
  const tenant = tenantReport(25);
  const leader = tenant.currencies[0]!.spenders[0]!;
  const bars = (page: number) => elementsOf(reportCard(tenant, reportView({ page }), OPTIONS), (e) => e.type === 'Chart.HorizontalBar')[0]!.data as Array<{ x: string; y: number }>;

  it('draws every page to the scale of the #1 spender, rounded up to a round axis end', () => {
    const [first, second, third] = [bars(0), bars(1), bars(2)];
    const top = leader.chargeMicros / 1e6;
    const scale = first.at(-1)!;
    expect(scale.x).toBe(`Scale (#1: $${top.toFixed(2)})`);
    expect(scale.y).toBeGreaterThanOrEqual(top);
    expect(second.at(-1)).toEqual(scale);
    expect(third.at(-1)).toEqual(scale);
    // Page 2's people are drawn as themselves, under that same scale.
    expect(second.slice(0, -1).map((b) => b.y)).toEqual(tableRows(reportCard(tenant, reportView({ page: 1 }), OPTIONS)).map((row) => Number(row.at(-1)!.replace(/[$,]/g, ''))));
  });
});

describe('niceAxis', () => {
  it.each([
    [916.7, 1000, 200],
    [183.3, 200, 25],
    [1100, 1200, 200],
    [7, 7, 1],
    [9, 10, 2],
    [0.37, 0.4, 0.05],
    [123_456, 140_000, 20_000],
    [0, 1, 0.2],
  ])('ends an axis holding %d at %d, in steps of %d (1, 2, 2.5 or 5 × 10^n, at most 8)', (largest, max, step) => {
    expect(niceAxis(largest)).toEqual({ max, step });
    expect(Math.round(max / step)).toBeLessThanOrEqual(8);
  });
});
