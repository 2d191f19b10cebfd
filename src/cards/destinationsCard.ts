/** The destinations view: Domestic vs International for the range (donut) and per period (lines). */
import type { PeriodicReport } from '../report/periodicReport';
import type { Report } from '../report/report';
import type { ViewRequestOf } from '../domain/viewRequest';
import { backToSummary, countriesData, trendData } from './actionButtons';
import { askedCurrency } from './askedCurrency';
import type { AdaptiveCardJson, CardOptions } from './cardModels';
import { chartMoney } from './chartValues';
import type { DestinationsCardData } from './drilldownModels';
import { formatCount, formatMinutes, formatMoney, formatPermille, resolveLocale, sharePermille } from './format';
import { periodAxisLabel, periodText } from './periodLabels';
import body from './templates/destinationsCard.json';
import { clippedQuestion, viewHeader } from './viewHeader';
import { viewCardRenderer } from './viewFrame';

const render = viewCardRenderer<DestinationsCardData>(body);

/**
 * The destinations card of one currency.
 * @example destinationsCard(report, periodic, data, { locale: 'en-US', demoTenant: true, showNames: false })
 */
export function destinationsCard(report: Report, periodic: PeriodicReport, data: ViewRequestOf<'destinations'>, options: CardOptions): AdaptiveCardJson {
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
  const periods = periodic.periods.map((period) => ({ period: { range: period.range, granularity }, figures: period.currencies.get(code) }));
  const series = (side: 'domestic' | 'international', legend: string) => ({
    legend,
    values: periods.map(({ period, figures }) => ({ x: periodAxisLabel(period, locale), y: chartMoney(figures?.[side].chargeMicros ?? 0, code) })),
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
    periodChart: [series('domestic', 'Domestic'), series('international', 'International')],
    periods: periods.map(({ period, figures }) => ({
      period: periodText(period, locale),
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
