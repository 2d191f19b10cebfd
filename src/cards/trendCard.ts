/** The trend view: cost per period, the change against the previous period of the same length, the biggest movers. */
import { daysBetween } from '../domain/calendarDate';
import { changePermille } from '../report/monthComparison';
import type { PeriodicReport } from '../report/periodicReport';
import { moversSince } from '../report/periodMovers';
import type { Report } from '../report/report';
import type { ViewRequestOf } from '../domain/viewRequest';
import { backToSummary, countriesData, destinationsData, personData } from './actionButtons';
import { askedCurrency } from './askedCurrency';
import type { AdaptiveCardJson, CardOptions } from './cardModels';
import { chartMoney } from './chartValues';
import type { TrendCardData } from './drilldownModels';
import { formatCount, formatMinutes, formatMoney, formatPermille, resolveLocale } from './format';
import { periodAxisLabel, periodText } from './periodLabels';
import { personName } from './personName';
import body from './templates/trendCard.json';
import { clippedQuestion, rangeText, viewHeader } from './viewHeader';
import { viewCardRenderer } from './viewFrame';

const render = viewCardRenderer<TrendCardData>(body);

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : text;
}

/**
 * The trend card of one currency: `periodic` for the periods, `previous` for the range of the same
 * length just before (its total and its spenders, for the change and the movers).
 * @example trendCard(report, periodic, previous, data, { locale: 'en-US', demoTenant: true, showNames: true })
 */
export function trendCard(report: Report, periodic: PeriodicReport, previous: Report, data: ViewRequestOf<'trend'>, options: CardOptions): AdaptiveCardJson {
  const locale = resolveLocale(options.locale);
  const question = clippedQuestion({ ...data, range: report.range });
  const currency = report.currencies.find((c) => c.currency === askedCurrency(report, data)) ?? report.currencies[0];
  const code = currency?.currency ?? askedCurrency(report, data);
  const before = previous.currencies.find((c) => c.currency === code);
  const money = (micros: number): string => formatMoney(micros, code, locale);
  const granularity = periodic.granularity;
  const periods = periodic.periods.map((period) => ({ period: { range: period.range, granularity }, figures: period.currencies.get(code) }));
  const trendTitle = `Cost per ${granularity} in ${code}`;

  const now = currency?.total.chargeMicros ?? 0;
  const then = before?.total.chargeMicros ?? 0;
  const days = formatCount(daysBetween(previous.range.first, previous.range.last) + 1, locale);
  const against = `the previous ${days} days (${rangeText(previous.range, locale)})`;
  const permille = changePermille(now, then);
  const change =
    now === then
      ? `No change vs ${against}: ${money(now)}`
      : permille === null
        ? `${signed(money(now - then), now - then)} vs ${against}, which had no dial-out cost in ${code}`
        : `${signed(formatPermille(permille, locale), permille)} vs ${against}: ${money(then)} → ${money(now)}`;

  const moved = currency ? moversSince(currency, before) : [];
  const first = moved[0];
  return render({
    header: viewHeader('Dial-out cost trend', question, options, locale, data, report.fetchedAt),
    currency: code,
    isEmpty: currency === undefined,
    emptyText: 'No dial-out usage recorded in this range.',
    trendTitle,
    trendAxis: granularity === 'week' ? 'Week' : 'Month',
    trendChart: [{ legend: trendTitle, values: periods.map(({ period, figures }) => ({ x: periodAxisLabel(period, locale), y: chartMoney(figures?.total.chargeMicros ?? 0, code) })) }],
    trendRows: periods.map(({ period, figures }) => ({
      period: periodText(period, locale),
      calls: formatCount(figures?.total.calls ?? 0, locale),
      minutes: formatMinutes(figures?.total.seconds ?? 0, locale),
      cost: money(figures?.total.chargeMicros ?? 0),
    })),
    change,
    moversTitle: `Biggest changes vs the previous ${days} days`,
    movers: options.showNames
      ? moved.map((m) => ({ title: personName(m, 40), value: `${signed(money(m.deltaMicros), m.deltaMicros)} (${money(m.previousMicros)} → ${money(m.currentMicros)})` }))
      : [],
    moversNote: options.showNames || moved.length === 0 ? '' : 'The people whose spend changed most are named in the bot\'s personal chat only.',
    pick:
      options.showNames && first
        ? [
            {
              inputId: 'userId',
              label: 'See one of them',
              choices: moved.map((m) => ({ title: personName(m, 40), value: m.userId.toLowerCase() })),
              value: first.userId.toLowerCase(),
              button: [{ title: 'Show person', data: personData(data, code, first.userId.toLowerCase()) }],
            },
          ]
        : [],
    actions: [
      { title: 'Destinations', data: destinationsData(data, code) },
      { title: 'Countries', data: countriesData(data, code) },
      backToSummary(data, code),
    ],
  });
}
