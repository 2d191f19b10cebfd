/** The destinations view: Domestic vs International for the range (donut) and per period (lines, partial periods drawn apart). */
import type { CalendarDate } from '../domain/calendarDate';
import type { PeriodicReport } from '../report/periodicReport';
import type { Report } from '../report/report';
import type { ViewRequestOf } from '../domain/viewRequest';
import { backToSummary, countriesData, trendData } from './actionButtons';
import { askedCurrency } from './askedCurrency';
import type { AdaptiveCardJson, CardOptions } from './cardModels';
import { chartMoney, niceAxis } from './chartValues';
import type { DestinationsCardData } from './drilldownModels';
import { formatCount, formatMinutes, formatMoney, formatPermille, resolveLocale, sharePermille } from './format';
import { partialNote, trendPeriods } from './trendPeriods';
import { trendSeries } from './trendSeries';
import body from './templates/destinationsCard.json';
import { clippedQuestion, viewHeader } from './viewHeader';
import { viewCardRenderer } from './viewFrame';

const render = viewCardRenderer<DestinationsCardData>(body);

/** Each destination's line: a hue for whole periods and its lighter shade for partial ones. */
const SIDES = [
  { side: 'domestic', legend: 'Domestic', color: 'categoricalBlue', partialColor: 'categoricalLightBlue' },
  { side: 'international', legend: 'International', color: 'categoricalPurple', partialColor: 'categoricalLavender' },
] as const;

/**
 * The destinations card of one currency, as of `today` (a partial period is drawn apart and labelled).
 * @example destinationsCard(report, periodic, data, { locale: 'en-US', demoTenant: true, showNames: false }, '2026-11-27')
 */
export function destinationsCard(report: Report, periodic: PeriodicReport, data: ViewRequestOf<'destinations'>, options: CardOptions, today: CalendarDate): AdaptiveCardJson {
  const locale = resolveLocale(options.locale);
  const question = clippedQuestion({ ...data, range: report.range });
  const currency = report.currencies.find((c) => c.currency === askedCurrency(report, data)) ?? report.currencies[0];
  const code = currency?.currency ?? askedCurrency(report, data);
  const money = (micros: number): string => formatMoney(micros, code, locale);
  const total = currency?.total.chargeMicros ?? 0;
  const domesticShare = sharePermille(currency?.domestic.chargeMicros ?? 0, total);
  // Rounded apart, 0.05% and 99.95% would show as 0.1% and 100%: the complement keeps the sum at 100%.
  const shares = domesticShare === null ? [null, null] : [domesticShare, 1000 - domesticShare];
  const sides = currency ? ([['Domestic', currency.domestic], ['International', currency.international]] as const) : [];
  const granularity = periodic.granularity;
  const periods = trendPeriods(periodic, code, today, locale);
  const lines = SIDES.map(({ side, legend, color, partialColor }) => {
    const points = periods.map(({ axis, partial, figures }) => ({ x: axis, y: chartMoney(figures?.[side].chargeMicros ?? 0, code), partial: partial !== undefined }));
    return { points, series: trendSeries(points, { legend, color, partialLegend: `${legend}, partial ${granularity}`, partialColor }) };
  });
  return render({
    header: viewHeader('Dial-out costs: Domestic and International', question, options, locale, data, report.fetchedAt),
    currency: code,
    isEmpty: currency === undefined,
    emptyText: 'No dial-out usage recorded in this range.',
    donut: sides.map(([legend, usage]) => ({ legend, value: chartMoney(usage.chargeMicros, code) })),
    split: sides.map(([destination, usage], i) => ({
      destination,
      calls: formatCount(usage.calls, locale),
      minutes: formatMinutes(usage.seconds, locale),
      cost: money(usage.chargeMicros),
      share: formatPermille(shares[i] ?? null, locale),
    })),
    periodTitle: `Per ${granularity} in ${code}`,
    periodAxis: granularity === 'week' ? 'Week' : 'Month',
    periodChart: lines.flatMap((line) => line.series),
    periodMax: niceAxis(Math.max(0, ...lines.flatMap((line) => line.points.map((point) => point.y)))).max,
    partialNote: partialNote(periods, granularity),
    periods: periods.map(({ text, figures }) => ({
      period: text,
      domestic: money(figures?.domestic.chargeMicros ?? 0),
      international: money(figures?.international.chargeMicros ?? 0),
    })),
    actions: [
      { title: 'Countries', data: countriesData(data, code) },
      { title: 'Trend', data: trendData(data, code) },
      backToSummary(data, code),
    ],
  });
}
